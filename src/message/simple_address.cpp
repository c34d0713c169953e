#include "message/simple_address.h"

#include <strings.h>

#include <algorithm>

namespace tactful {
namespace {

bool is_address_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '%' || c == '+' || c == '-';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '\'' ||
         c == '-';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "local@domain" of plain parts: one '@', no dot at either end of a part, no
// two dots, a dot in the domain and no punycode label in it.
bool is_simple_addr_spec(std::string_view s) {
  const std::size_t at = s.find('@');
  if (at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos) return false;
  for (std::string_view part : {s.substr(0, at), s.substr(at + 1)}) {
    if (part.empty() || part.front() == '.' || part.back() == '.' || part.find("..") != std::string_view::npos) return false;
    if (!std::all_of(part.begin(), part.end(), is_address_char)) return false;
  }
  const std::string_view domain = s.substr(at + 1);
  // GMime turns a punycode label ("xn--...") into its Unicode form.
  for (std::size_t i = 0; i + 4 <= domain.size(); ++i)
    if ((i == 0 || domain[i - 1] == '.') && strncasecmp(domain.data() + i, "xn--", 4) == 0) return false;
  return domain.find('.') != std::string_view::npos;
}

std::optional<Address> simple_mailbox(std::string_view item) {
  item = trim(item);
  if (is_simple_addr_spec(item)) return Address{"", std::string(item)};
  if (item.empty() || item.back() != '>') return std::nullopt;
  const std::size_t open = item.rfind('<');
  if (open == std::string_view::npos) return std::nullopt;
  const std::string_view addr = item.substr(open + 1, item.size() - open - 2);
  if (!is_simple_addr_spec(addr)) return std::nullopt;
  std::string_view name = trim(item.substr(0, open));
  if (name.empty()) return Address{"", std::string(addr)};
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    name = name.substr(1, name.size() - 2);
    // Inside quotes a comma or a dot is plain text; quotes and escapes are not.
    if (name.empty() || name.find_first_of("\"\\") != std::string_view::npos || name != trim(name)) return std::nullopt;
    if (!std::all_of(name.begin(), name.end(), [](char c) { return is_name_char(c) || c == ',' || c == '.'; }))
      return std::nullopt;
    if (name.find("  ") != std::string_view::npos) return std::nullopt;
    return Address{std::string(name), std::string(addr)};
  }
  if (!std::all_of(name.begin(), name.end(), is_name_char) || name.find("  ") != std::string_view::npos)
    return std::nullopt;
  return Address{std::string(name), std::string(addr)};
}

}  // namespace

std::optional<std::vector<Address>> parse_simple_addresses(std::string_view value) {
  std::vector<Address> out;
  std::size_t begin = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && value[i] == '"') quoted = !quoted;
    if (i < value.size() && (quoted || value[i] != ',')) continue;
    if (quoted) return std::nullopt;
    std::optional<Address> mailbox = simple_mailbox(value.substr(begin, i - begin));
    if (!mailbox) return std::nullopt;
    out.push_back(std::move(*mailbox));
    begin = i + 1;
  }
  return out;
}

}  // namespace tactful
