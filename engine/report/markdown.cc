#include <opgavesnit/core/text.h>
#include <opgavesnit/report/markdown.h>

namespace opgavesnit {

std::string md_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    switch (ch) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '#':
      case '~':
      case '&':
      case '!':
      case '{':
      case '}':
        out += '\\';
        out += ch;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;
        out += ' ';
        break;
      case '\n':
      case '\t':
        out += ' ';
        break;
      default: {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f) {
          out += ch;
          break;
        }
        // Control characters (ESC, BEL, C1, bidi) and bytes that are not
        // UTF-8 are shown as terminal_text() shows them, with the angle
        // brackets escaped so that they read literally.
        std::size_t len;
        const std::int32_t cp = decode_utf8(text, i, len);
        std::string shown;
        if (cp < 0)
          shown = byte_escape(b);
        else if (is_unsafe_code_point(cp))
          shown = code_point_escape(cp);
        else if (cp != 0xfeff)
          out.append(text.substr(i, len));
        if (!shown.empty()) out += "\\<" + shown.substr(1, shown.size() - 2) + "\\>";
        i += len - 1;
      }
    }
  }
  return out;
}

std::string md_code(std::string_view id) {
  if (id.empty() || id.find('`') != std::string_view::npos ||
      id.find('|') != std::string_view::npos || terminal_text(id) != id)
    return md_escape(id);
  return "`" + std::string(id) + "`";
}

void MdTable::column(std::string header, Align align) {
  headers_.push_back(std::move(header));
  aligns_.push_back(align);
}

void MdTable::row(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

void MdTable::write(std::ostream& out) const {
  auto line = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (const std::string& c : cells) out << ' ' << c << " |";
    out << '\n';
  };
  line(headers_);
  out << '|';
  for (Align a : aligns_) out << (a == Align::right ? " ---: |" : " --- |");
  out << '\n';
  for (const auto& r : rows_) line(r);
  out << '\n';
}

}  // namespace opgavesnit
