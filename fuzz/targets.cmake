# The fuzz targets and what each harness links; used by fuzz/ (libFuzzer) and tests/fuzz/ (replay).
set(KD_FUZZ_TARGETS xml json markdown projectfile)
set(KD_FUZZ_LIBRARIES_xml kdexport kdcore)
set(KD_FUZZ_LIBRARIES_json kdexport kdcore)
set(KD_FUZZ_LIBRARIES_markdown kdcore)
set(KD_FUZZ_LIBRARIES_projectfile kdcore)
