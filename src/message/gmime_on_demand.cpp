#include "message/gmime_on_demand.h"

#include <dlfcn.h>
#include <gmime/gmime.h>

#include <mutex>
#include <stdexcept>
#include <string>

namespace tactful {
namespace {

// The soname of Debian's libgmime-3.0-0 (GMime 3.x); its own dependencies
// bring GObject and GLib, whose functions are looked up through it too.
constexpr const char* kLibrary = "libgmime-3.0.so.0";

void* library() {
  // Local, not global: nothing else in the process should bind to GLib.
  static void* const handle = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  return handle;
}

// Never null after require_gmime(): a symbol the headers declare and the
// library lacks is a mismatched install, which is said as plainly.
void* symbol(const char* name) {
  require_gmime();
  void* found = dlsym(library(), name);
  if (!found)
    throw std::runtime_error(std::string(kLibrary) + " has no " + name +
                             "; the installed GMime is not the 3.x this build was made for");
  return found;
}

}  // namespace

void require_gmime() {
  if (library()) return;
  const char* why = dlerror();
  throw std::runtime_error(std::string("cannot load ") + kLibrary + (why ? std::string(" (") + why + ")" : "") +
                           "; install the libgmime-3.0-0 package (scripts/install-deps.sh does)");
}

}  // namespace tactful

// One definition per function mime_reader.cpp uses, each with the prototype
// of GMime's or GLib's header (so a mismatch is a compile error); the real
// function is looked up on the first call. The names are parenthesised so
// that a function-like macro of the same name cannot expand there.
#define TACTFUL_FORWARD(ret, name, params, args)                                     \
  extern "C" ret(name) params {                                                    \
    static const auto real = reinterpret_cast<ret(*) params>(tactful::symbol(#name)); \
    return real args;                                                              \
  }

TACTFUL_FORWARD(void, g_free, (gpointer mem), (mem))
TACTFUL_FORWARD(void, g_object_unref, (gpointer object), (object))
TACTFUL_FORWARD(GTypeInstance*, g_type_check_instance_cast, (GTypeInstance * instance, GType type), (instance, type))
TACTFUL_FORWARD(gboolean, g_type_check_instance_is_a, (GTypeInstance * instance, GType type), (instance, type))

TACTFUL_FORWARD(void, g_mime_init, (void), ())
TACTFUL_FORWARD(char*, g_mime_content_type_get_mime_type, (GMimeContentType * content_type), (content_type))
TACTFUL_FORWARD(gboolean, g_mime_content_type_is_type,
                (GMimeContentType * content_type, const char* type, const char* subtype),
                (content_type, type, subtype))
TACTFUL_FORWARD(GMimeContentEncoding, g_mime_data_wrapper_get_encoding, (GMimeDataWrapper * wrapper), (wrapper))
TACTFUL_FORWARD(GMimeStream*, g_mime_data_wrapper_get_stream, (GMimeDataWrapper * wrapper), (wrapper))
TACTFUL_FORWARD(ssize_t, g_mime_data_wrapper_write_to_stream, (GMimeDataWrapper * wrapper, GMimeStream* stream),
                (wrapper, stream))
TACTFUL_FORWARD(int, g_mime_iconv_close, (iconv_t cd), (cd))
TACTFUL_FORWARD(iconv_t, g_mime_iconv_open, (const char* to, const char* from), (to, from))
TACTFUL_FORWARD(char*, g_mime_iconv_strndup, (iconv_t cd, const char* str, size_t n), (cd, str, n))
TACTFUL_FORWARD(GMimeObject*, g_mime_message_get_mime_part, (GMimeMessage * message), (message))
TACTFUL_FORWARD(GType, g_mime_message_part_get_type, (void), ())
TACTFUL_FORWARD(int, g_mime_multipart_get_count, (GMimeMultipart * multipart), (multipart))
TACTFUL_FORWARD(GMimeObject*, g_mime_multipart_get_part, (GMimeMultipart * multipart, int index), (multipart, index))
TACTFUL_FORWARD(GType, g_mime_multipart_get_type, (void), ())
TACTFUL_FORWARD(GMimeContentType*, g_mime_object_get_content_type, (GMimeObject * object), (object))
TACTFUL_FORWARD(const char*, g_mime_object_get_content_type_parameter, (GMimeObject * object, const char* name),
                (object, name))
TACTFUL_FORWARD(GType, g_mime_object_get_type, (void), ())
TACTFUL_FORWARD(GMimeMessage*, g_mime_parser_construct_message, (GMimeParser * parser, GMimeParserOptions* options),
                (parser, options))
TACTFUL_FORWARD(GMimeParser*, g_mime_parser_new_with_stream, (GMimeStream * stream), (stream))
TACTFUL_FORWARD(void, g_mime_parser_set_format, (GMimeParser * parser, GMimeFormat format), (parser, format))
TACTFUL_FORWARD(GMimeDataWrapper*, g_mime_part_get_content, (GMimePart * mime_part), (mime_part))
TACTFUL_FORWARD(const char*, g_mime_part_get_filename, (GMimePart * mime_part), (mime_part))
TACTFUL_FORWARD(GType, g_mime_part_get_type, (void), ())
TACTFUL_FORWARD(gboolean, g_mime_part_is_attachment, (GMimePart * mime_part), (mime_part))
TACTFUL_FORWARD(GByteArray*, g_mime_stream_mem_get_byte_array, (GMimeStreamMem * mem), (mem))
TACTFUL_FORWARD(GType, g_mime_stream_mem_get_type, (void), ())
TACTFUL_FORWARD(GMimeStream*, g_mime_stream_mem_new, (void), ())
TACTFUL_FORWARD(GMimeStream*, g_mime_stream_mem_new_with_buffer, (const char* buffer, size_t len), (buffer, len))
TACTFUL_FORWARD(ssize_t, g_mime_stream_read, (GMimeStream * stream, char* buf, size_t len), (stream, buf, len))
TACTFUL_FORWARD(int, g_mime_stream_reset, (GMimeStream * stream), (stream))
TACTFUL_FORWARD(char*, g_mime_utils_header_decode_text, (GMimeParserOptions * options, const char* text),
                (options, text))
TACTFUL_FORWARD(const char*, internet_address_get_name, (InternetAddress * ia), (ia))
TACTFUL_FORWARD(InternetAddress*, internet_address_list_get_address, (InternetAddressList * list, int index),
                (list, index))
TACTFUL_FORWARD(int, internet_address_list_length, (InternetAddressList * list), (list))
TACTFUL_FORWARD(InternetAddressList*, internet_address_list_parse, (GMimeParserOptions * options, const char* str),
                (options, str))
TACTFUL_FORWARD(const char*, internet_address_mailbox_get_addr, (InternetAddressMailbox * mailbox), (mailbox))
TACTFUL_FORWARD(GType, internet_address_mailbox_get_type, (void), ())
