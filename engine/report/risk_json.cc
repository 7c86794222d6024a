// `risk --format json`: the opgavesnit-risk document of cli.md.
#include <opgavesnit/report/json_writer.h>
#include <opgavesnit/report/risk_report.h>

namespace opgavesnit {

namespace {

void money(JsonWriter& w, const Int256& v, int scale) { w.number(format_decimal(v, scale, 2)); }

void figure(JsonWriter& w, std::string_view name, const RiskFigure& f) {
  w.key(name);
  w.begin_object();
  w.key("likely");
  money(w, f.likely, f.scale);
  w.key("mean");
  money(w, f.mean, f.scale);
  w.key("p10");
  money(w, f.p10, f.scale);
  w.key("p50");
  money(w, f.p50, f.scale);
  w.key("p90");
  money(w, f.p90, f.scale);
  w.end_object();
}

void swings(JsonWriter& w, std::string_view name, const RiskResult& r,
            const std::vector<Swing>& list, int scale) {
  w.key(name);
  w.begin_array();
  for (const Swing& s : list) {
    w.begin_object();
    w.key("variable");
    w.string(r.variables[s.variable].id);
    w.key("low");
    money(w, s.low, scale);
    w.key("high");
    money(w, s.high, scale);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_risk_json(std::ostream& out, const Model& model, const Plan& plan, const RiskResult& r) {
  JsonWriter w(out);
  w.begin_object();
  w.key("format");
  w.string("opgavesnit-risk");
  w.key("version");
  w.integer(1);
  w.key("scenario");
  w.string(plan.scenario_id);
  w.key("runs");
  w.number(std::to_string(r.runs));
  w.key("seed");
  w.number(std::to_string(r.seed));
  w.key("variables");
  w.begin_array();
  for (const RiskVariable& v : r.variables) {
    w.begin_object();
    w.key("id");
    w.string(v.id);
    w.key("low");
    w.number(format_decimal(Int256(v.range.low), v.scale, v.scale));
    w.key("likely");
    w.number(format_decimal(Int256(v.range.likely), v.scale, v.scale));
    w.key("high");
    w.number(format_decimal(Int256(v.range.high), v.scale, v.scale));
    w.end_object();
  }
  w.end_array();
  w.key("municipalities");
  w.begin_array();
  for (const RiskMunicipality& m : r.municipalities) {
    w.begin_object();
    w.key("id");
    w.string(model.municipalities[m.municipality].id);
    figure(w, "transferred_cost", m.transferred_cost);
    figure(w, "price", m.price);
    figure(w, "net_change", m.net_change);
    w.end_object();
  }
  w.end_array();
  w.key("totals");
  w.begin_object();
  figure(w, "transferred_cost", r.transferred_cost);
  figure(w, "price", r.price);
  figure(w, "net_change", r.net_change);
  w.end_object();
  if (r.has_organisation) {
    w.key("organisation");
    w.begin_object();
    figure(w, "cost", r.cost);
    figure(w, "result", r.result);
    figure(w, "savings", r.savings);
    w.end_object();
  }
  w.key("swings");
  w.begin_object();
  swings(w, "net_change", r, r.swings_net_change, r.net_change.scale);
  if (r.has_organisation) {
    swings(w, "result", r, r.swings_result, r.result.scale);
    swings(w, "savings", r, r.swings_savings, r.savings.scale);
  }
  w.end_object();
  w.end_object();
  w.finish();
}

}  // namespace opgavesnit
