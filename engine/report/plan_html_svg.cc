// embeddable_svg: Graphviz's SVG made safe to place inside the HTML report.
#include <opgavesnit/report/plan_html.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace opgavesnit {

namespace {

/// The elements Graphviz writes for our graphs.
constexpr std::array<std::string_view, 13> kElements = {
    "svg",  "g", "title", "polygon",        "polyline",       "path", "ellipse",
    "text", "a", "defs",  "lineargradient", "radialgradient", "stop"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }

bool name_char(char ch) {
  return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == ':' ||
         ch == '.';
}

bool allowed_element(std::string_view name) {
  const std::string l = lower(name);
  return std::find(kElements.begin(), kElements.end(), l) != kElements.end();
}

/// False for attributes that could run code or fetch something.
bool allowed_attribute(std::string_view name, std::string_view value) {
  const std::string n = lower(name);
  if (n.rfind("on", 0) == 0) return false;
  if (n == "href" || n == "xlink:href" || n == "src" || n == "xml:base") return false;
  const std::string v = lower(value);
  if (v.find("javascript:") != std::string::npos) return false;
  for (std::size_t at = v.find("url("); at != std::string::npos; at = v.find("url(", at + 4)) {
    std::size_t k = at + 4;
    while (k < v.size() && (is_space(v[k]) || v[k] == '\'' || v[k] == '"')) ++k;
    if (k >= v.size() || v[k] != '#') return false;  // only references inside the picture
  }
  return true;
}

}  // namespace

std::string embeddable_svg(std::string_view svg) {
  // Start at the root element; the prolog, DOCTYPE and comments before it go.
  std::size_t i = 0;
  for (;;) {
    i = svg.find("<svg", i);
    if (i == std::string_view::npos) return "";
    if (i + 4 < svg.size() && (is_space(svg[i + 4]) || svg[i + 4] == '>')) break;
    i += 4;
  }
  std::string out;
  out.reserve(svg.size());
  int depth = 0;
  while (i < svg.size()) {
    const char ch = svg[i];
    if (ch != '<') {
      if (depth == 0) {  // after the root element closed
        if (!is_space(ch)) return "";
        ++i;
        continue;
      }
      out += ch;
      ++i;
      continue;
    }
    if (svg.compare(i, 4, "<!--") == 0) {
      const std::size_t end = svg.find("-->", i + 4);
      if (end == std::string_view::npos) return "";
      i = end + 3;
      continue;
    }
    if (i + 1 < svg.size() && (svg[i + 1] == '!' || svg[i + 1] == '?')) return "";  // CDATA, PI
    const bool closing = i + 1 < svg.size() && svg[i + 1] == '/';
    std::size_t k = i + (closing ? 2 : 1);
    const std::size_t name_start = k;
    while (k < svg.size() && name_char(svg[k])) ++k;
    const std::string_view name = svg.substr(name_start, k - name_start);
    if (name.empty() || !allowed_element(name)) return "";
    if (depth == 0 && (closing || lower(name) != "svg")) return "";
    if (closing) {
      while (k < svg.size() && is_space(svg[k])) ++k;
      if (k >= svg.size() || svg[k] != '>') return "";
      out += "</";
      out += name;
      out += '>';
      i = k + 1;
      if (--depth == 0) {
        // Only white space may follow the root element.
        for (std::size_t r = i; r < svg.size(); ++r)
          if (!is_space(svg[r])) return "";
        return out;
      }
      continue;
    }
    const bool root = depth == 0;
    out += '<';
    out += name;
    bool self_closing = false;
    for (;;) {
      while (k < svg.size() && is_space(svg[k])) ++k;
      if (k >= svg.size()) return "";
      if (svg[k] == '>') {
        ++k;
        break;
      }
      if (svg[k] == '/') {
        if (k + 1 >= svg.size() || svg[k + 1] != '>') return "";
        self_closing = true;
        k += 2;
        break;
      }
      const std::size_t attr_start = k;
      while (k < svg.size() && name_char(svg[k])) ++k;
      const std::string_view attr = svg.substr(attr_start, k - attr_start);
      if (attr.empty()) return "";
      while (k < svg.size() && is_space(svg[k])) ++k;
      if (k >= svg.size() || svg[k] != '=') return "";
      ++k;
      while (k < svg.size() && is_space(svg[k])) ++k;
      if (k >= svg.size() || (svg[k] != '"' && svg[k] != '\'')) return "";
      const char quote = svg[k++];
      const std::size_t value_end = svg.find(quote, k);
      if (value_end == std::string_view::npos) return "";
      const std::string_view value = svg.substr(k, value_end - k);
      k = value_end + 1;
      if (!allowed_attribute(attr, value)) return "";
      const std::string a = lower(attr);
      if (root && (a == "xmlns" || a.rfind("xmlns:", 0) == 0)) continue;
      if (value.find('<') != std::string_view::npos) return "";
      out += ' ';
      out += attr;
      out += "=\"";
      for (char v : value) {
        if (v == '"')
          out += "&quot;";
        else
          out += v;
      }
      out += '"';
    }
    if (self_closing) {
      if (root) return "";
      out += "/>";
    } else {
      out += '>';
      ++depth;
    }
    i = k;
  }
  return "";  // the root element never closed
}

}  // namespace opgavesnit
