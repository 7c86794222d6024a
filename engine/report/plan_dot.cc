#include <opgavesnit/core/text.h>
#include <opgavesnit/report/plan_dot.h>

#include <algorithm>
#include <map>
#include <vector>

namespace opgavesnit {

namespace {

/// Labels longer than this many characters are cut with an ellipsis.
constexpr std::size_t kMaxLabelChars = 40;

struct Edge {
  Id from = kNoId;
  Id to = kNoId;
  DepKind kind = DepKind::hard;
};

/// `text` cut to at most `max` code points (UTF-8), with "…" when cut.
std::string shorten(std::string_view text, std::size_t max) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == max) return std::string(text.substr(0, i)) + "\u2026";
    ++points;
  }
  return std::string(text);
}

/// The nodes and edges to draw: component indices in drawing order (the
/// municipality's own first), and every dependency with an end among them
/// (both ends, when the whole model is drawn).
struct Selection {
  std::vector<Id> nodes;
  std::vector<char> foreign;  ///< index = Model::components
  std::vector<char> chosen;   ///< index = Model::components
  std::vector<Edge> edges;
};

Selection select(const Model& model, const Plan& plan, const DotOptions& options) {
  Selection s;
  s.chosen.assign(model.components.size(), 0);
  s.foreign.assign(model.components.size(), 0);
  const Id m = options.municipality;
  if (m == kNoId || m >= model.municipalities.size()) {
    for (Id mm : plan.municipality_order)
      for (Id c : plan.municipalities[mm].components) {
        s.nodes.push_back(c);
        s.chosen[c] = 1;
      }
    for (Id c : s.nodes)
      for (const Dependency& d : model.components[c].depends_on)
        if (d.target < model.components.size()) s.edges.push_back({c, d.target, d.kind});
  } else {
    for (Id c : plan.municipalities[m].components) {
      s.nodes.push_back(c);
      s.chosen[c] = 1;
    }
    std::vector<Id> others;
    for (Id c = 0; c < model.components.size(); ++c) {
      const bool own = model.components[c].municipality == m;
      for (const Dependency& d : model.components[c].depends_on) {
        if (d.target >= model.components.size()) continue;
        const bool target_own = model.components[d.target].municipality == m;
        if (!own && !target_own) continue;
        s.edges.push_back({c, d.target, d.kind});
        for (Id end : {c, d.target})
          if (!s.chosen[end]) {
            s.chosen[end] = 1;
            s.foreign[end] = 1;
            others.push_back(end);
          }
      }
    }
    std::sort(others.begin(), others.end(), [&](Id a, Id b) {
      return model.components[a].qualified < model.components[b].qualified;
    });
    s.nodes.insert(s.nodes.end(), others.begin(), others.end());
  }
  std::sort(s.edges.begin(), s.edges.end(), [&](const Edge& a, const Edge& b) {
    const std::string& af = model.components[a.from].qualified;
    const std::string& bf = model.components[b.from].qualified;
    if (af != bf) return af < bf;
    const std::string& at = model.components[a.to].qualified;
    const std::string& bt = model.components[b.to].qualified;
    if (at != bt) return at < bt;
    return a.kind < b.kind;
  });
  s.edges.erase(std::unique(s.edges.begin(), s.edges.end(),
                            [](const Edge& a, const Edge& b) {
                              return a.from == b.from && a.to == b.to && a.kind == b.kind;
                            }),
                s.edges.end());
  return s;
}

/// The inside of a DOT double-quoted string: `"` and `\` escaped, C0
/// controls and DEL as a space (a name's line break reads as one), every
/// other code point that must not reach a reader raw (C1 controls, line and
/// paragraph separators, bidi controls) as "<U+0085>", and a byte that is
/// not UTF-8 as "<FF>", as in every other output.
std::string dot_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const std::int32_t cp = decode_utf8(text, i, len);
    if (cp < 0) {
      out += byte_escape(static_cast<unsigned char>(text[i]));
    } else if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp < 0x20 || cp == 0x7f) {
      out += ' ';
    } else if (is_unsafe_code_point(cp) || cp == 0xfeff) {
      out += code_point_escape(cp);
    } else {
      out.append(text, i, len);
    }
    i += len;
  }
  return out;
}

struct NodeStyle {
  const char* fill;
  const char* border;
};

NodeStyle style_of(Status s) {
  switch (s) {
    case Status::transferred:
      return {"#cfe2ff", "#0b5ed7"};
    case Status::split:
      return {"#fff3cd", "#b58100"};
    case Status::retained:
      break;
  }
  return {"#f1f1f1", "#777777"};
}

}  // namespace

std::string dot_quote(std::string_view text) { return "\"" + dot_escape(text) + "\""; }

std::size_t dot_node_count(const Model& model, const Plan& plan, const DotOptions& options) {
  return select(model, plan, options).nodes.size();
}

void write_plan_dot(std::ostream& out, const Model& model, const Plan& plan,
                    const DotOptions& options) {
  const Selection s = select(model, plan, options);
  const bool one =
      options.municipality != kNoId && options.municipality < model.municipalities.size();
  std::vector<char> conflict(model.components.size(), 0);
  for (const MunicipalityPlan& mp : plan.municipalities)
    for (const Conflict& cf : mp.conflicts) conflict[cf.component] = 1;

  out << "digraph " << dot_quote(one ? model.municipalities[options.municipality].id : "opgavesnit")
      << " {\n";
  out << "  graph [rankdir=RL, newrank=true, nodesep=0.12, ranksep=0.6, fontname=\"Helvetica\", "
         "fontsize=11];\n";
  out << "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=9, "
         "height=0.3, margin=\"0.08,0.03\"];\n";
  out << "  edge [color=\"#8a8a8a\", arrowsize=0.6];\n";
  out << "  // scenario " << dot_quote(plan.scenario_id) << "\n";

  auto node = [&](Id c, const char* indent) {
    const Component& comp = model.components[c];
    const ComponentPlan& cp = plan.components[c];
    const bool foreign = s.foreign[c] != 0;
    // Two lines: the id, and the name (DOT's own line break between them).
    std::string label = "\"" + dot_escape(one && !foreign ? comp.id : comp.qualified);
    if (!comp.name.empty()) label += "\\n" + dot_escape(shorten(comp.name, kMaxLabelChars));
    label += '"';
    const NodeStyle st = style_of(cp.status);
    out << indent << dot_quote(comp.qualified) << " [label=" << label << ", fillcolor=\"" << st.fill
        << "\", color=\"" << (conflict[c] ? "#d62728" : st.border) << "\"";
    if (foreign) out << ", style=\"rounded,filled,dashed\"";
    if (conflict[c]) out << ", penwidth=2";
    out << "];\n";
  };

  // Handed-over components: one cluster per wave, each a column.
  std::map<std::uint32_t, std::vector<Id>> waves;
  std::vector<Id> rest;
  for (Id c : s.nodes) {
    if (plan.components[c].wave > 0)
      waves[plan.components[c].wave].push_back(c);
    else
      rest.push_back(c);
  }
  for (const auto& [wave, members] : waves) {
    out << "  subgraph \"cluster_wave_" << wave << "\" {\n";
    out << "    label=" << dot_quote(options.wave_word + " " + std::to_string(wave))
        << "; style=\"rounded\"; color=\"#b8c7e0\";\n";
    out << "    { rank=same;\n";
    for (Id c : members) node(c, "      ");
    out << "    }\n  }\n";
  }
  // Keep the waves in order, left to right, even where no edge of this
  // graph joins two of them (a neighbour's wave, say).
  const std::vector<Id>* previous = nullptr;
  for (const auto& [wave, members] : waves) {
    if (previous)
      out << "  " << dot_quote(model.components[members.front()].qualified) << " -> "
          << dot_quote(model.components[previous->front()].qualified) << " [style=invis];\n";
    previous = &members;
  }
  for (Id c : rest) node(c, "  ");
  for (const Edge& e : s.edges) {
    const bool from_moves = !plan.components[e.from].tasks.empty();
    const bool to_moves = !plan.components[e.to].tasks.empty();
    const bool cut = from_moves != to_moves;
    out << "  " << dot_quote(model.components[e.from].qualified) << " -> "
        << dot_quote(model.components[e.to].qualified);
    std::string attrs;
    if (e.kind == DepKind::interface) attrs += "style=dashed";
    if (cut) attrs += std::string(attrs.empty() ? "" : ", ") + "color=\"#d62728\", penwidth=2.2";
    if (!attrs.empty()) out << " [" << attrs << "]";
    out << ";\n";
  }
  out << "}\n";
}

}  // namespace opgavesnit
