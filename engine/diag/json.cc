// The JSON form: one list of {severity, rule, message, file, line, column}.
#include "json_dump.h"
#include "writers.h"

namespace opgavesnit::diag {

void write_json(std::ostream& out, SourceLines& lines, const Diagnostics& diags, bool werror) {
  Json list = Json::array();
  auto entry = [&](Severity severity, const std::string& rule, const std::string& message,
                   const SourcePos& pos) {
    Json o;
    o["severity"] = to_string(severity);
    o["rule"] = rule;
    o["message"] = message;
    if (const SourceFile* f = lines.file(pos)) {
      o["file"] = f->path;
      o["line"] = std::uint64_t{pos.line} + 1;
      o["column"] = std::uint64_t{pos.column} + 1;
    } else {
      o["file"] = nullptr;
      o["line"] = nullptr;
      o["column"] = nullptr;
    }
    list.push_back(std::move(o));
  };
  for (const Diagnostic& d : diags.items()) {
    entry(shown_severity(d.severity, werror), d.rule, d.message, d.pos);
    for (const DiagnosticNote& n : d.notes) entry(Severity::note, d.rule, n.message, n.pos);
  }
  out << dump(list) << '\n';
}

}  // namespace opgavesnit::diag
