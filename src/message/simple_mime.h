// Reads, without GMime, the two shapes most mail has: one text part after the
// header block, and a multipart/alternative of text/plain and text/html parts.
// Building and freeing GMime's objects for them was a fifth of a batch's time.
// Anything else (mixed or nested multiparts, attachments, base64, charsets that
// need iconv, a header or boundary line GMime might read otherwise) is left to
// read_mime, and the test suite holds the two readers to the same result.
#pragma once

#include "message/header_block.h"
#include "message/message.h"

namespace tactful {

// Fills `message.body` and `message.map` as read_mime would and returns true;
// returns false, leaving `message` untouched, when the message is not that simple.
bool read_simple_mime(Message& message, const HeaderBlock& block);

}  // namespace tactful
