#include "compare_rows.h"

#include <utility>

#include "names.h"

namespace opgavesnit::compare_rows {

namespace {

/// Formats the figures of one comparison in one language; every model
/// text goes through `escape`.
class RowMaker {
 public:
  RowMaker(const Model& model, const Comparison& cmp, Lang lang, Escape escape)
      : model_(model), cmp_(cmp), lang_(lang), escape_(escape) {}

  Rows rows() const {
    Rows out;
    out.municipalities.reserve(cmp_.municipalities.size());
    for (const MunicipalityDiff& d : cmp_.municipalities)
      out.municipalities.push_back(municipality(d));
    const ComparisonTotals& t = cmp_.totals;
    out.totals = figures(t);
    out.total_common_costs = common_costs(t.common_costs);
    out.counts.push_back(count("conflicts", t.conflicts_a, t.conflicts_b));
    out.counts.push_back(count("dropped_seeds", t.dropped_a, t.dropped_b));
    out.counts.push_back(count("waves", t.waves_a, t.waves_b));
    if (cmp_.scheduled_a || cmp_.scheduled_b) {
      out.counts.push_back(count("periods", cmp_.periods_a.size(), cmp_.periods_b.size()));
      out.counts.push_back(count("unscheduled", t.unscheduled_a, t.unscheduled_b));
    }
    if (cmp_.organisation) out.organisation = organisation(*cmp_.organisation);
    out.budget = budget(cmp_.budget, cmp_.organisation.has_value());
    if (cmp_.ownership_a || cmp_.ownership_b)
      for (const MunicipalityDiff& d : cmp_.municipalities) {
        Row row = share("", d.ownership->share);
        row.name = escape_(names::municipality(model_, d.municipality));
        out.ownership.push_back(std::move(row));
      }
    return out;
  }

 private:
  std::string na() const { return std::string(label("n/a", lang_)); }
  std::string text(std::string_view key) const { return std::string(label(key, lang_)); }
  std::string component(Id c) const { return escape_(names::component(model_, c)); }

  /// A row of a figure both scenarios have, formatted by `value` and its
  /// difference by `difference`.
  template <class V, class D>
  Row row(std::string_view key, const FigurePair& f, V value, D difference) const {
    return Row{key, {}, value(f.a), value(f.b), difference(f.difference()), true, f.changed()};
  }

  /// A row of a figure a scenario may lack: n/a for that side and for the
  /// difference.
  template <class V, class D>
  Row optional_row(std::string_view key, const OptionalPair& p, V value, D difference) const {
    const bool both = p.has_a && p.has_b;
    return Row{key,
               {},
               p.has_a ? value(p.a) : na(),
               p.has_b ? value(p.b) : na(),
               both ? difference(p.difference()) : na(),
               both,
               p.changed()};
  }

  Row money(std::string_view key, const FigurePair& f, unsigned scale) const {
    return row(
        key, f, [&](const Int256& v) { return format_money(v, scale, lang_); },
        [&](const Int256& v) { return format_signed_money(v, scale, lang_); });
  }

  /// A count under A and B (whole numbers: the difference has no decimals).
  Row count(std::string_view key, std::size_t a, std::size_t b) const {
    const auto whole = [](std::size_t n) { return Int256(static_cast<std::uint64_t>(n)); };
    return row(
        key, FigurePair{whole(a), whole(b)}, [](const Int256& v) { return v.str(); },
        [&](const Int256& v) { return format_signed(v, 0, 0, lang_); });
  }

  /// Hours, FTE and money of a municipality (MunicipalityDiff) or of the
  /// totals (ComparisonTotals), which have the same figures.
  template <class Diff>
  Figures figures(const Diff& d) const {
    const Cents per_fte = cmp_.hours_per_fte;
    Figures out;
    out[hours_transferred] = row(
        "hours_transferred", d.hours_transferred,
        [&](const Int256& v) { return format_hours(v, lang_); },
        [&](const Int256& v) { return format_signed(v, 2, 2, lang_) + " " + text("h"); });
    out[fte_transferred] = row(
        "fte_transferred", d.hours_transferred,
        [&](const Int256& v) { return format_fte(v, per_fte, lang_); },
        [&](const Int256& v) {
          std::string fte = format_fte(v, per_fte, lang_);
          if (v > Int256(0) && fte.find_first_of("123456789") != std::string::npos) fte = "+" + fte;
          return fte;
        });
    std::size_t k = transferred_cost;
    for (const auto& f : kMoneyFields<Diff>) out[k++] = money(f.label, d.*f.pair, 4);
    return out;
  }

  std::vector<Row> common_costs(const std::vector<CostShare>& shares) const {
    std::vector<Row> out;
    out.reserve(shares.size());
    const auto value = [&](const std::optional<Cents>& v) {
      return v ? format_money(Int256(*v), 2, lang_) : na();
    };
    for (std::size_t k = 0; k < shares.size(); ++k) {
      const CostShare& s = shares[k];
      const bool both = s.a && s.b;
      out.push_back(Row{{},
                        escape_(cmp_.common_cost_names[k]),
                        value(s.a),
                        value(s.b),
                        both ? format_signed_money(Int256(*s.b) - Int256(*s.a), 2, lang_) : na(),
                        both,
                        s.changed()});
    }
    return out;
  }

  std::vector<BudgetYear> budget(const std::vector<BudgetYearDiff>& years,
                                 bool organisation) const {
    const auto value = [&](const Int256& v) {
      return format_money_ratio(v, kBudgetDenominator, lang_);
    };
    const auto difference = [&](const Int256& v) {
      return with_money_unit(format_signed_ratio(v, kBudgetDenominator, 2, lang_), lang_);
    };
    std::vector<BudgetYear> out;
    out.reserve(years.size());
    for (const BudgetYearDiff& y : years) {
      BudgetYear year{y.year, {}, y.changed()};
      for (const auto& f : kBudgetFields)
        year.rows.push_back(optional_row(f.label, y.*f.pair, value, difference));
      if (organisation)
        for (const auto& f : kOrganisationBudgetFields)
          year.rows.push_back(optional_row(f.label, y.*f.pair, value, difference));
      out.push_back(std::move(year));
    }
    return out;
  }

  Row share(std::string_view key, const OptionalPair& p) const {
    return optional_row(
        key, p, [&](const Int256& v) { return format_fixed(v, 2, 2, lang_) + " %"; },
        [&](const Int256& v) {
          return format_signed(v, 2, 2, lang_) + " " + text("percentage_points");
        });
  }

  std::vector<Row> ownership(const OwnershipDiff& o) const {
    const auto value = [&](const Int256& v) { return format_money(v, 4, lang_); };
    const auto difference = [&](const Int256& v) { return format_signed_money(v, 4, lang_); };
    std::vector<Row> out;
    for (const auto& f : kOwnershipMoneyFields)
      out.push_back(optional_row(f.label, o.*f.pair, value, difference));
    out.push_back(share("ownership_share", o.share));
    return out;
  }

  std::vector<Row> organisation(const OrganisationDiff& o) const {
    const std::uint64_t per_fte =
        o.hours_per_fte > 0 ? static_cast<std::uint64_t>(o.hours_per_fte) * 10000 : 0;
    const std::string h = " " + text("h");
    const auto scale = static_cast<unsigned>(kOrganisationMoneyScale);
    std::vector<Row> out{
        row(
            "hours_needed", o.hours_needed,
            [&](const Int256& v) { return format_ratio(v, 1000000, 2, lang_) + h; },
            [&](const Int256& v) { return format_signed_ratio(v, 1000000, 2, lang_) + h; }),
        row(
            "fte_needed", o.hours_needed,
            [&](const Int256& v) { return format_ratio(v, per_fte, 3, lang_); },
            [&](const Int256& v) { return format_signed_ratio(v, per_fte, 3, lang_); }),
    };
    for (const auto& f : kOrganisationMoneyFields) out.push_back(money(f.label, o.*f.pair, scale));
    return out;
  }

  std::vector<std::string> components(const std::vector<Id>& ids) const {
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (Id c : ids) out.push_back(component(c));
    return out;
  }

  std::vector<std::string> tasks(Id c, const std::vector<std::uint32_t>& local) const {
    const ComponentType& type = model_.types[model_.components[c].type];
    std::vector<std::string> out;
    out.reserve(local.size());
    for (std::uint32_t t : local) out.push_back(escape_(names::task(model_, type.tasks[t].task)));
    return out;
  }

  Cell cell(const MatrixCell& c) const {
    Cell out{text(to_string(c.holder)), {}, {}};
    if (c.holder == Holder::shared || c.holder == Holder::both)
      out.hours_shared = format_hours(c.hours_shared, lang_);
    if (c.holder == Holder::municipality || c.holder == Holder::both)
      out.hours_municipality = format_hours(c.hours_municipality, lang_);
    return out;
  }

  Wave wave(std::uint32_t number, Id period, bool unscheduled,
            const std::vector<std::string>& periods, bool scheduled) const {
    Wave out{number, std::nullopt};
    if (scheduled)
      out.period = unscheduled || period == kNoId ? text("unscheduled") : escape_(periods[period]);
    return out;
  }

  InterfaceRow interface(const Interface& i) const {
    return {component(i.from), component(i.to), text(to_string(i.direction)),
            text(to_string(i.kind))};
  }

  ConflictRow conflict(const Conflict& cf) const {
    ConflictRow out{component(cf.component), {}};
    for (const PairRef& p : cf.path()) out.path.push_back(escape_(names::pair(model_, p)));
    return out;
  }

  DroppedRow dropped(const DroppedSeed& ds) const {
    return {escape_(names::pair(model_, {ds.component, ds.task})), component(ds.reaches)};
  }

  template <class Out, class In, class F>
  Changes<Out> changes(const ListDiff<In>& d, F make) const {
    Changes<Out> out;
    out.added.reserve(d.added.size());
    out.removed.reserve(d.removed.size());
    for (const In& x : d.added) out.added.push_back(make(x));
    for (const In& x : d.removed) out.removed.push_back(make(x));
    return out;
  }

  Municipality municipality(const MunicipalityDiff& d) const {
    Municipality out;
    out.diff = &d;
    out.name = escape_(names::municipality(model_, d.municipality));
    out.level_a = escape_(names::level(model_, d.level_a, lang_));
    out.level_b = escape_(names::level(model_, d.level_b, lang_));
    out.handed_over = components(d.handed_over);
    out.taken_back = components(d.taken_back);
    for (const TaskChange& tc : d.task_changes)
      out.task_changes.push_back(TaskRow{
          component(tc.component), text(to_string(tc.status_a)), text(to_string(tc.status_b)),
          tasks(tc.component, tc.gained), tasks(tc.component, tc.lost)});
    for (const MatrixChange& mc : d.matrix_changes)
      out.matrix_changes.push_back(MatrixRow{escape_(names::type(model_, mc.type)),
                                             escape_(names::task(model_, mc.task)), cell(mc.a),
                                             cell(mc.b)});
    out.figures = figures(d);
    out.common_costs = common_costs(d.common_costs);
    for (const Row& r : out.common_costs) out.common_costs_changed |= r.changed;
    out.budget = budget(d.budget, false);
    for (const BudgetYear& y : out.budget) out.budget_changed |= y.changed;
    if (d.ownership) {
      out.ownership = ownership(*d.ownership);
      out.ownership_changed = d.ownership->changed();
    }
    out.interfaces =
        changes<InterfaceRow>(d.interfaces, [&](const Interface& i) { return interface(i); });
    out.conflicts =
        changes<ConflictRow>(d.conflicts, [&](const Conflict& cf) { return conflict(cf); });
    out.dropped =
        changes<DroppedRow>(d.dropped, [&](const DroppedSeed& ds) { return dropped(ds); });
    for (const WaveChange& w : d.wave_changes)
      out.wave_changes.push_back(
          WaveRow{component(w.component),
                  wave(w.wave_a, w.period_a, w.unscheduled_a, cmp_.periods_a, cmp_.scheduled_a),
                  wave(w.wave_b, w.period_b, w.unscheduled_b, cmp_.periods_b, cmp_.scheduled_b)});
    return out;
  }

  const Model& model_;
  const Comparison& cmp_;
  Lang lang_;
  Escape escape_;
};

}  // namespace

Rows make_rows(const Model& model, const Comparison& cmp, Lang lang, Escape escape) {
  return RowMaker(model, cmp, lang, escape).rows();
}

}  // namespace opgavesnit::compare_rows
