// The JUnit XML form: one test case per file of the model.
#include <opgavesnit/core/text.h>

#include <optional>
#include <sstream>

#include "writers.h"

namespace opgavesnit::diag {

namespace {

/// `text` escaped for XML 1.0: markup characters as entities (quotes only
/// in attribute values), characters XML forbids (most C0 controls, U+FFFE, U+FFFF) and
/// bytes that are not UTF-8 as U+FFFD. In attributes, line ends and tabs
/// become character references so that they survive normalisation.
std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len;
    const std::int32_t cp = decode_utf8(text, i, len);
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        if (cp < 0 || cp < 0x20 || cp == 0xfffe || cp == 0xffff)
          out += "\xEF\xBF\xBD";  // U+FFFD
        else
          out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace

void write_junit(std::ostream& out, SourceLines& lines, const std::vector<SourceFile>& files,
                 const Diagnostics& diags, bool werror) {
  struct Case {
    std::string name;
    std::vector<const Diagnostic*> failures;
    std::vector<const Diagnostic*> warnings;
  };
  std::vector<Case> cases(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) cases[i].name = files[i].path;
  std::optional<Case> model_case;  // diagnostics outside any file
  for (const Diagnostic& d : diags.items()) {
    Case* c;
    if (d.pos.file < files.size()) {
      c = &cases[d.pos.file];
    } else {
      if (!model_case) model_case = Case{"(model)", {}, {}};
      c = &*model_case;
    }
    const Severity s = shown_severity(d.severity, werror);
    (s == Severity::error ? c->failures : c->warnings).push_back(&d);
  }
  if (model_case) cases.push_back(std::move(*model_case));

  std::size_t failed = 0;
  for (const Case& c : cases) failed += c.failures.empty() ? 0u : 1u;
  const std::string counts = " tests=\"" + std::to_string(cases.size()) + "\" failures=\"" +
                             std::to_string(failed) + "\" errors=\"0\"";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"opgavesnit\"" << counts << ">\n";
  out << "  <testsuite name=\"opgavesnit validate\"" << counts << " skipped=\"0\">\n";
  for (const Case& c : cases) {
    out << "    <testcase classname=\"opgavesnit\" name=\"" << xml_escape(c.name, true) << "\"";
    if (c.failures.empty() && c.warnings.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    for (const Diagnostic* d : c.failures) {
      std::ostringstream text;
      write_text_diag(text, lines, *d, werror, false);
      out << "      <failure message=\"" << xml_escape(d->message, true) << "\" type=\""
          << xml_escape(d->rule, true) << "\">" << xml_escape(text.str(), false) << "</failure>\n";
    }
    if (!c.warnings.empty()) {
      std::ostringstream text;
      for (const Diagnostic* d : c.warnings) write_text_diag(text, lines, *d, werror, false);
      out << "      <system-out>" << xml_escape(text.str(), false) << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

}  // namespace opgavesnit::diag
