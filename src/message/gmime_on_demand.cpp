#include "message/gmime_on_demand.h"

#include <dlfcn.h>
#include <gmime/gmime.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#ifdef TACTFUL_GMIME_LINKED
// Linked at start (sanitizer builds, CMakeLists.txt): nothing to load.
namespace tactful {
void require_gmime() {}
}  // namespace tactful
#else
// Every GMime and GLib function mime_reader.cpp calls, with the prototype of
// GMime's or GLib's header (so a mismatch is a compile error):
// X(return type, name, parameters, arguments).
#define TACTFUL_GMIME_FUNCTIONS(X) \
  X(void, g_free, (gpointer mem), (mem)) \
  X(void, g_object_unref, (gpointer object), (object)) \
  X(GTypeInstance*, g_type_check_instance_cast, (GTypeInstance * instance, GType type), (instance, type)) \
  X(gboolean, g_type_check_instance_is_a, (GTypeInstance * instance, GType type), (instance, type)) \
  X(void, g_mime_init, (void), ()) \
  X(char*, g_mime_content_type_get_mime_type, (GMimeContentType * content_type), (content_type)) \
  X(gboolean, g_mime_content_type_is_type, (GMimeContentType * content_type, const char* type, const char* subtype), (content_type, type, subtype)) \
  X(GMimeContentEncoding, g_mime_data_wrapper_get_encoding, (GMimeDataWrapper * wrapper), (wrapper)) \
  X(GMimeStream*, g_mime_data_wrapper_get_stream, (GMimeDataWrapper * wrapper), (wrapper)) \
  X(ssize_t, g_mime_data_wrapper_write_to_stream, (GMimeDataWrapper * wrapper, GMimeStream* stream), (wrapper, stream)) \
  X(int, g_mime_iconv_close, (iconv_t cd), (cd)) \
  X(iconv_t, g_mime_iconv_open, (const char* to, const char* from), (to, from)) \
  X(char*, g_mime_iconv_strndup, (iconv_t cd, const char* str, size_t n), (cd, str, n)) \
  X(GMimeObject*, g_mime_message_get_mime_part, (GMimeMessage * message), (message)) \
  X(GType, g_mime_message_part_get_type, (void), ()) \
  X(int, g_mime_multipart_get_count, (GMimeMultipart * multipart), (multipart)) \
  X(GMimeObject*, g_mime_multipart_get_part, (GMimeMultipart * multipart, int index), (multipart, index)) \
  X(GType, g_mime_multipart_get_type, (void), ()) \
  X(GMimeContentType*, g_mime_object_get_content_type, (GMimeObject * object), (object)) \
  X(const char*, g_mime_object_get_content_type_parameter, (GMimeObject * object, const char* name), (object, name)) \
  X(GType, g_mime_object_get_type, (void), ()) \
  X(GMimeMessage*, g_mime_parser_construct_message, (GMimeParser * parser, GMimeParserOptions* options), (parser, options)) \
  X(GMimeParser*, g_mime_parser_new_with_stream, (GMimeStream * stream), (stream)) \
  X(void, g_mime_parser_set_format, (GMimeParser * parser, GMimeFormat format), (parser, format)) \
  X(GMimeDataWrapper*, g_mime_part_get_content, (GMimePart * mime_part), (mime_part)) \
  X(const char*, g_mime_part_get_filename, (GMimePart * mime_part), (mime_part)) \
  X(GType, g_mime_part_get_type, (void), ()) \
  X(gboolean, g_mime_part_is_attachment, (GMimePart * mime_part), (mime_part)) \
  X(GByteArray*, g_mime_stream_mem_get_byte_array, (GMimeStreamMem * mem), (mem)) \
  X(GType, g_mime_stream_mem_get_type, (void), ()) \
  X(GMimeStream*, g_mime_stream_mem_new, (void), ()) \
  X(GMimeStream*, g_mime_stream_mem_new_with_buffer, (const char* buffer, size_t len), (buffer, len)) \
  X(ssize_t, g_mime_stream_read, (GMimeStream * stream, char* buf, size_t len), (stream, buf, len)) \
  X(int, g_mime_stream_reset, (GMimeStream * stream), (stream)) \
  X(char*, g_mime_utils_header_decode_text, (GMimeParserOptions * options, const char* text), (options, text)) \
  X(const char*, internet_address_get_name, (InternetAddress * ia), (ia)) \
  X(InternetAddress*, internet_address_list_get_address, (InternetAddressList * list, int index), (list, index)) \
  X(int, internet_address_list_length, (InternetAddressList * list), (list)) \
  X(InternetAddressList*, internet_address_list_parse, (GMimeParserOptions * options, const char* str), (options, str)) \
  X(const char*, internet_address_mailbox_get_addr, (InternetAddressMailbox * mailbox), (mailbox)) \
  X(GType, internet_address_mailbox_get_type, (void), ())

namespace tactful {
namespace {

// The soname of Debian's libgmime-3.0-0 (GMime 3.x); its own dependencies
// bring GObject and GLib, whose functions are looked up through it too.
constexpr const char* kLibrary = "libgmime-3.0.so.0";

#define TACTFUL_NAME_OF(ret, name, params, args) #name,
constexpr const char* kFunctions[] = {TACTFUL_GMIME_FUNCTIONS(TACTFUL_NAME_OF)};
#undef TACTFUL_NAME_OF

struct Loaded {
  void* handle = nullptr;
  std::string trouble;  // empty when every function was found
};

// Loaded once, and every function looked up then: a library that is missing
// or lacks one is said at the first MIME message, and no forwarding function
// below can fail later, in the middle of GMime's work.
const Loaded& loaded() {
  static const Loaded once = [] {
    Loaded l;
    // Local, not global: nothing else in the process should bind to GLib.
    l.handle = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (!l.handle) {
      const char* why = dlerror();
      l.trouble = std::string("cannot load ") + kLibrary + (why ? std::string(" (") + why + ")" : "") +
                  "; install the libgmime-3.0-0 package (scripts/install-deps.sh does)";
      return l;
    }
    for (const char* name : kFunctions)
      if (!dlsym(l.handle, name)) {
        l.trouble = std::string(kLibrary) + " has no " + name +
                    "; the installed GMime is not the 3.x this build was made for";
        l.handle = nullptr;
        break;
      }
    return l;
  }();
  return once;
}

}  // namespace

void require_gmime() {
  if (const Loaded& l = loaded(); !l.trouble.empty()) throw std::runtime_error(l.trouble);
}

// Only reached after require_gmime() succeeded, so never null.
void* gmime_function(const char* name) {
  void* found = loaded().handle ? dlsym(loaded().handle, name) : nullptr;
  if (!found) {
    std::fprintf(stderr, "tactful: internal error: %s called before GMime was loaded\n", name);
    std::abort();
  }
  return found;
}

}  // namespace tactful

// The forwarding functions; the names are parenthesised so that a
// function-like macro of the same name cannot expand there.
#define TACTFUL_FORWARD(ret, name, params, args)                                             \
  extern "C" ret(name) params {                                                            \
    static const auto real = reinterpret_cast<ret(*) params>(tactful::gmime_function(#name)); \
    return real args;                                                                      \
  }
TACTFUL_GMIME_FUNCTIONS(TACTFUL_FORWARD)
#undef TACTFUL_FORWARD
#endif  // TACTFUL_GMIME_LINKED
