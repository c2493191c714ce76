# Installs the build into a scratch prefix and checks the tree a desktop needs.
# Run as: cmake -DBUILD_DIR=... -DPREFIX=... -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected
    bin/kdtool
    bin/kd-editor
    share/applications/kiezen-en-delen-studio.desktop
    share/icons/hicolor/scalable/apps/kiezen-en-delen-studio.svg
    share/mime/packages/kiezen-en-delen-project.xml
    share/kiezen-en-delen-studio/translations/kiezen-en-delen_nl.qm
    ${EXTRA_EXPECTED})
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "missing from the install tree: ${file}")
    endif()
endforeach()
# Test helpers stay out of the install tree.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(file IN LISTS installed)
    if(file MATCHES "tst_|scripted-session|bench")
        message(FATAL_ERROR "a test program was installed: ${file}")
    endif()
endforeach()
file(READ "${PREFIX}/share/applications/kiezen-en-delen-studio.desktop" desktop)
foreach(line "Exec=kd-editor %f" "MimeType=application/x-kiezen-en-delen-project;"
             "Icon=kiezen-en-delen-studio")
    string(FIND "${desktop}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .desktop file lacks '${line}'")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "install tree complete: ${installed}")
