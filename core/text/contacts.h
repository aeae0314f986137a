// Contact details written in free text: e-mail addresses, Japanese phone
// numbers, URLs, LINE IDs and messenger handles. Shared by risk
// (off_platform_contact) and lint (contact_info).
//
//   auto hits = gigcheck::text::find_contacts("LINE ID：ｙｕｋｉ_０１ まで");
//   // hits[0].kind == ContactKind::line_id, hits[0].start/end are UTF-16
//   // offsets into the original string, hits[0].text == "LINE ID：ｙｕｋｉ_０１"
//
// What is found (all after normalize(), so full-width and spaced-out forms
// count too; the patterns are one table in contacts.cpp):
//   email     abc@example.com, ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ, abc(at)example.com,
//             abc[at]example(dot)com, abc アットマーク example.com
//   phone     090-1234-5678, 03-1234-5678, 03(1234)5678, ０９０１２３４５６７８,
//             +81 90 1234 5678 (10 or 11 digits starting with 0, or +81)
//   url       http(s)://…, www.…, bit.ly/…
//   line_id   "LINE ID: abc", "ライン：abc123", "LINE @abc123" / "LINEで@abc123",
//             lin.ee/… and line.me/… links
//   handle    Skype / Telegram / WhatsApp / Discord / Chatwork / Instagram names
//             followed by an ID ("Skype: live:abc", "Discord abc#1234"), t.me/…,
//             wa.me/…, discord.gg/…, instagram.com/…
// A service name without an ID ("Chatworkで連絡") is not a contact detail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/normalize.h"
#include "core/text/utf8.h"

namespace gigcheck::text {

enum class ContactKind { email, phone, url, line_id, handle };

struct ContactHit {
  ContactKind kind = ContactKind::email;
  std::string_view service;  // "line", "skype", "telegram", "whatsapp", "discord", "chatwork", "instagram" or ""
  std::uint32_t start = 0;   // UTF-16 offsets into the original string
  std::uint32_t end = 0;
  std::string text;            // the original text of [start, end)
  std::size_t norm_begin = 0;  // the same span in Normalized::chars
  std::size_t norm_end = 0;
};

// "email", "phone", "url", "line_id", "handle".
std::string_view kind_name(ContactKind kind);

// Hits in text order, without overlaps (the longer hit wins).
std::vector<ContactHit> find_contacts(const Decoded& decoded, const Normalized& normalized);
std::vector<ContactHit> find_contacts(std::string_view utf8);

}  // namespace gigcheck::text
