// GMime, and the GLib it is built on, loaded on first use instead of at every
// start. Most mail is one text part or a plain alternative, which the simple
// readers (simple_mime.h, simple_address.h) read without GMime; mapping GMime
// and the eighteen libraries it needs cost every process about 2-3 ms, a
// tenth of a cold start, whether or not it read a MIME message.
//
// The binary does not link GMime: gmime_on_demand.cpp defines the GMime and
// GLib functions that mime_reader.cpp calls, and each forwards to the real
// one, found in the library this loads.
#pragma once

namespace tactful {

// Loads libgmime-3.0 once (later calls return at once). Throws
// std::runtime_error, saying which library and package are missing, when it
// cannot; mime_reader.cpp calls it before anything else of GMime's.
void require_gmime();
// The loaded library's function of that name, for the forwarding functions
// (only in builds that load GMime on demand).
void* gmime_function(const char* name);

}  // namespace tactful
