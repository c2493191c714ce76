#pragma once

namespace kd {

// libxml2 sets itself up on first use, and that first use is not safe on two threads at once:
// its table of encodings is filled by one thread while another reads it, and whichever thread
// comes first becomes its "main thread". Call this on a thread before that thread starts another
// that uses libxml2 (the programs call it first thing in main()). The first call sets the library
// up; later calls return at once, and a call on another thread meanwhile waits for it.
void prepareXmlLibrary();

} // namespace kd
