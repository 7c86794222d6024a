#include <opgavesnit/report/locale.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace opgavesnit {

namespace {

struct Entry {
  std::string_view key;
  std::string_view en;
  std::string_view da;
};

// Sorted by key (checked by a unit test); looked up by binary search.
constexpr std::array kLabels = {
    Entry{"added", "added", "tilføjet"},
    Entry{"against", "against", "over for"},
    Entry{"and", "and", "og"},
    Entry{"annual_costs", "annual costs", "årlige omkostninger"},
    Entry{"annual_costs_cancel", "move with the components: in both price and transferred cost",
          "følger med komponenterne: de er både i prisen og i den overdragne udgift"},
    Entry{"annual_costs_move", "the annual costs", "de årlige udgifter"},
    Entry{"annual_price", "annual price", "årlig pris"},
    Entry{"assets", "assets", "aktiver"},
    Entry{"availability", "availability", "oppetid"},
    Entry{"b_minus_a", "B − A (+ means more under B)", "B − A (+ betyder mere under B)"},
    Entry{"base_fee", "base fee", "grundbetaling"},
    Entry{"baseline_cost", "baseline cost", "nuværende udgift"},
    Entry{"both", "both", "begge"},
    Entry{"budget", "budget", "budget"},
    Entry{"capacity", "capacity", "kapacitet"},
    Entry{"cash", "cash", "kapitalindskud"},
    Entry{"changed_municipalities", "changed municipalities", "ændrede kommuner"},
    Entry{"cheapest", "cheapest", "billigst"},
    Entry{"cheapest_means", "the lowest net change: the lowest total cost after the handover",
          "den laveste nettoændring: de laveste samlede udgifter efter overdragelsen"},
    Entry{"common_cost", "common cost", "fællesomkostning"},
    Entry{"common_costs", "common costs", "fællesomkostninger"},
    Entry{"compare", "comparison", "sammenligning"},
    Entry{"component", "component", "komponent"},
    Entry{"components", "components", "komponenter"},
    Entry{"conflict", "conflict", "konflikt"},
    Entry{"conflict_policy", "conflict policy", "konflikthåndtering"},
    Entry{"conflicts", "conflicts", "konflikter"},
    Entry{"conflicts_and_dropped", "conflicts and dropped seeds",
          "konflikter og fravalgte opgaver"},
    Entry{"consistent", "consistent", "konsistent"},
    Entry{"contribution", "contribution", "indskud i alt"},
    Entry{"cost", "cost", "omkostninger"},
    Entry{"current", "current", "nuværende"},
    Entry{"dependency", "dependency", "afhængighed"},
    Entry{"difference", "difference", "forskel"},
    Entry{"differences", "differences", "forskelle"},
    Entry{"direction", "direction", "retning"},
    Entry{"does_not_take_part", "does not take part", "deltager ikke"},
    Entry{"dropped_seed", "dropped seed", "fravalgt opgave"},
    Entry{"dropped_seeds", "dropped seeds", "fravalgte opgaver"},
    Entry{"economy", "economy", "økonomi"},
    Entry{"figure", "figure", "nøgletal"},
    Entry{"fixed_cost", "fixed cost", "faste omkostninger"},
    Entry{"from", "from", "fra"},
    Entry{"fte", "FTE", "årsværk"},
    Entry{"fte_needed", "FTE needed", "årsværk"},
    Entry{"fte_transferred", "FTE transferred", "overdragne årsværk"},
    Entry{"h", "h", "t"},
    Entry{"handed_over", "handed over", "overdraget"},
    Entry{"handover_plan", "handover plan", "overdragelsesplan"},
    Entry{"hard", "hard", "hård"},
    Entry{"hourly_rate", "hourly rate", "timepris"},
    Entry{"hours", "hours", "timer"},
    Entry{"hours_needed", "hours needed", "timebehov"},
    Entry{"hours_total", "hours total", "timer i alt"},
    Entry{"hours_transferred", "hours transferred", "overdragne timer"},
    Entry{"html_budget_note",
          "Money per calendar year while the components move period by period. Net change = price "
          "− released + common costs: positive means the municipality must budget more.",
          "Beløb pr. kalenderår, mens komponenterne flyttes periode for periode. Nettoændring = "
          "pris − frigjort + fællesomkostninger: positiv betyder, at kommunen skal afsætte mere i "
          "budgettet."},
    Entry{"html_dependency_graph", "Dependency graph", "Afhængighedsgraf"},
    Entry{"html_from_depends", "From (depends)", "Fra (afhænger)"},
    Entry{"html_graph_legend",
          "Arrows point from a component to what it depends on; handed-over components stand in "
          "one column per wave, the first wave on the left.",
          "Pilene peger fra en komponent til det, den afhænger af; overdragne komponenter står i "
          "én søjle pr. bølge, første bølge til venstre."},
    Entry{"html_graph_not_drawn", "The graph is not drawn", "Grafen er ikke tegnet"},
    Entry{"html_inconsistent",
          "The plan is inconsistent: retained components are needed by the handover (see the "
          "conflicts below).",
          "Planen er inkonsistent: komponenter, der bliver i kommunen, er nødvendige for "
          "overdragelsen (se konflikterne nedenfor)."},
    Entry{"html_interface_cut", "interface (the cut)", "snitflade (snittet)"},
    Entry{"html_kind", "Kind", "Art"},
    Entry{"html_list", "List", "Liste"},
    Entry{"html_made_by", "Made by opgavesnit", "Lavet med opgavesnit"},
    Entry{"html_not_taking_part",
          "Does not take part in this scenario: everything stays with the municipality.",
          "Deltager ikke i dette scenarie: alt bliver i kommunen."},
    Entry{"html_organisation_note",
          "Result = revenue (the municipalities' prices) − cost. Savings = the transferred cost − "
          "the organisation's cost: positive means pooling costs less than the municipalities' own "
          "operation did.",
          "Resultat = indtægter (kommunernes priser) − omkostninger. Gevinst = de overdragne "
          "udgifter − organisationens omkostninger: positiv betyder, at samlingen er billigere end "
          "summen af kommunernes drift."},
    Entry{"html_other_municipality", "other municipality", "anden kommune"},
    Entry{"html_soft_dependency", "dependency of kind interface", "afhængighed af typen interface"},
    Entry{"html_summary_note",
          "Money and hours per year. Net change = price − transferred cost: positive means the "
          "municipality pays more.",
          "Beløb og timer pr. år. Nettoændring = pris − overdraget udgift: positiv betyder, at "
          "kommunen betaler mere."},
    Entry{"html_tasks_handed_over", "Tasks handed over", "Opgaver overdraget"},
    Entry{"html_to_depended_on", "To (depended on)", "Til"},
    Entry{"html_unscheduled", "Unscheduled (no period has room)",
          "Ikke planlagt (ingen periode har plads)"},
    Entry{"in_kind", "in kind", "apportindskud"},
    Entry{"inconsistent", "inconsistent", "inkonsistent"},
    Entry{"interface", "interface", "snitflade"},
    Entry{"interfaces", "interfaces", "snitflader"},
    Entry{"level", "level", "serviceniveau"},
    Entry{"levels", "levels", "serviceniveauer"},
    Entry{"matrix_legend",
          "Who holds each task on the components of each type, with the hours per year behind it: "
          "*shared* (the shared organisation), *municipality*, *both* (when the components of the "
          "type differ: hours with the shared organisation / with the municipality), *n/a* (the "
          "type has no such task).",
          "Hvem der varetager hver opgave på komponenterne af hver type, med timerne pr. år bag: "
          "*fælles* (den fælles organisation), *kommune*, *begge* (når typens komponenter er "
          "forskellige: timer hos den fælles organisation / hos kommunen), *–* (typen har ikke "
          "opgaven)."},
    Entry{"matrix_letters", "-MSB", "-KFB"},
    Entry{"matrix_text_legend", "(S shared, M municipality, B both, - not a task of the type)",
          "(F fælles, K kommune, B begge, - ikke en opgave for typen)"},
    Entry{"money_unit", "DKK", "kr."},
    Entry{"more_in_json", "more (--format json lists them all)",
          "flere (--format json viser dem alle)"},
    Entry{"most_moved", "most moved without conflict", "mest overdraget uden konflikt"},
    Entry{"most_moved_means",
          "the most hours transferred with no conflict and no dropped seed involving the "
          "municipality",
          "flest overdragne timer uden konflikter og fravalgte opgaver, der vedrører kommunen"},
    Entry{"municipalities", "municipalities", "kommuner"},
    Entry{"municipality", "municipality", "kommune"},
    Entry{"n/a", "n/a", "–"},
    Entry{"net_change", "net change", "nettoændring"},
    Entry{"net_change_is", "net change =", "nettoændring ="},
    Entry{"no", "no", "nej"},
    Entry{"no_components", "no components", "ingen komponenter"},
    Entry{"none", "none", "ingen"},
    Entry{"of", "of", "af"},
    Entry{"org_cost", "organisation's cost", "organisationens omkostninger"},
    Entry{"org_result", "organisation's result", "organisationens resultat"},
    Entry{"org_revenue", "organisation's revenue", "organisationens indtægter"},
    Entry{"organisation", "organisation", "organisation"},
    Entry{"over_capacity", "over capacity: one oversize group",
          "over kapaciteten: én for stor gruppe"},
    Entry{"own_hourly_cost", "own hourly cost", "egen timepris"},
    Entry{"ownership", "ownership", "ejerandele"},
    Entry{"ownership_share", "share", "ejerandel"},
    Entry{"package", "package", "servicepakke"},
    Entry{"path", "path", "sti"},
    Entry{"per_period", "per period", "pr. periode"},
    Entry{"per_year", "per year", "pr. år"},
    Entry{"percentage_points", "percentage points", "procentpoint"},
    Entry{"period", "period", "periode"},
    Entry{"periods", "periods", "perioder"},
    Entry{"plan", "plan", "plan"},
    Entry{"price", "price", "pris"},
    Entry{"reaches_retained", "reaches retained", "rammer den beholdte"},
    Entry{"region", "region", "regionen"},
    Entry{"region_and_organisation", "region and organisation", "regionen og organisationen"},
    Entry{"released", "released", "frigjort"},
    Entry{"removed", "removed", "fjernet"},
    Entry{"response_minutes", "response time (minutes)", "svartid (minutter)"},
    Entry{"result", "result", "resultat"},
    Entry{"retained", "retained", "beholdt"},
    Entry{"retained_component", "retained component", "beholdt komponent"},
    Entry{"retained_reached", "retained component reached", "beholdt komponent, der rammes"},
    Entry{"revenue", "revenue", "indtægter"},
    Entry{"savings", "savings", "besparelse"},
    Entry{"scenario", "scenario", "scenarie"},
    Entry{"schedule", "schedule", "tidsplan"},
    Entry{"seed", "seed", "startopgave"},
    Entry{"service", "service", "ydelse"},
    Entry{"share", "share", "andel"},
    Entry{"shared", "shared", "fælles"},
    Entry{"sla", "SLA", "SLA"},
    Entry{"split", "split", "delt"},
    Entry{"split_components", "split components", "delte komponenter"},
    Entry{"staff_cost", "staff cost", "lønomkostninger"},
    Entry{"status", "status", "status"},
    Entry{"summary", "summary", "oversigt"},
    Entry{"support_hours", "support hours", "supporttid"},
    Entry{"taken_back", "taken back", "taget tilbage"},
    Entry{"task", "task", "opgave"},
    Entry{"task_split", "task split", "opgavesnit"},
    Entry{"task_split_matrix", "task-split matrix", "opgavesnitsmatrix"},
    Entry{"tasks", "tasks", "opgaver"},
    Entry{"tasks_changed", "other tasks", "andre opgaver"},
    Entry{"tasks_gained", "tasks gained", "opgaver tilføjet"},
    Entry{"tasks_lost", "tasks lost", "opgaver fjernet"},
    Entry{"to", "to", "til"},
    Entry{"total", "total", "i alt"},
    Entry{"totals", "totals", "i alt"},
    Entry{"transferred", "transferred", "overdraget"},
    Entry{"transferred_cost", "transferred cost", "overdraget udgift"},
    Entry{"type", "type", "komponenttype"},
    Entry{"unchanged", "unchanged", "uændret"},
    Entry{"unscheduled", "unscheduled", "ikke planlagt"},
    Entry{"upstream", "upstream", "opstrøms"},
    Entry{"value", "value", "værdi"},
    Entry{"wave", "wave", "bølge"},
    Entry{"waves", "waves", "bølger"},
    Entry{"year", "year", "år"},
    Entry{"years", "years", "år"},
    Entry{"yes", "yes", "ja"},
};

/// Every key after the one before it: sorted, and no key twice.
template <std::size_t N>
constexpr bool strictly_sorted(const std::array<Entry, N>& table) {
  for (std::size_t i = 1; i < N; ++i)
    if (!(table[i - 1].key < table[i].key)) return false;
  return true;
}

/// How many keys of `table` begin with `prefix`.
template <std::size_t N>
constexpr std::size_t count_prefixed(const std::array<Entry, N>& table, std::string_view prefix) {
  std::size_t n = 0;
  for (const Entry& e : table)
    if (e.key.starts_with(prefix)) ++n;
  return n;
}

static_assert(strictly_sorted(kLabels), "kLabels must be sorted by key, each key once");

// The sentences of `explain` (explain_render.cc), their {} filled in order: a
// block of their own, sorted by key like kLabels.
constexpr std::array kExplainLabels = {
    Entry{"ex_annual_moves", "annual cost {}: moves with it", "årlig udgift {}: følger med"},
    Entry{"ex_annual_moves_with", "annual cost {}: moves, with the task {} (annual_cost_task)",
          "årlig udgift {}: følger med opgaven {} (annual_cost_task)"},
    Entry{"ex_annual_stays", "annual cost {}: stays with the municipality",
          "årlig udgift {}: bliver hos kommunen"},
    Entry{"ex_annual_stays_with",
          "annual cost {}: stays, since the task {} (annual_cost_task) stays",
          "årlig udgift {}: bliver, da opgaven {} (annual_cost_task) bliver"},
    Entry{"ex_at", " at {}", " ved {}"},
    Entry{
        "ex_causes_conflicts",
        "what its seeds cause: conflicts (the scenario is strict; a retained component is needed)",
        "hvad dens startopgaver medfører: konflikter (scenariet er strict; en beholdt komponent "
        "kræves)"},
    Entry{"ex_economy", "its part of the economy of {} (level {}):",
          "dens del af økonomien for {} (serviceniveau {}):"},
    Entry{"ex_economy_cost", "{} × own hourly cost {} = {} of the transferred cost",
          "{} × egen timepris {} = {} af den overdragne udgift"},
    Entry{"ex_economy_no_hours",
          "nothing of it moves: {} × own hourly cost {} = {} stays in the baseline cost",
          "intet af den overdrages: {} × egen timepris {} = {} bliver i den nuværende udgift"},
    Entry{"ex_economy_price",
          "{} × hourly rate {} = {} of the price (the municipality's price: {})",
          "{} × timepris {} = {} af prisen (kommunens pris: {})"},
    Entry{"ex_economy_task_moves", "{}: {} × {} = {}, moves", "{}: {} × {} = {}, overdrages"},
    Entry{"ex_economy_task_stays", "{}: {} × {} = {}, stays", "{}: {} × {} = {}, bliver"},
    Entry{"ex_head", "{}, type {}, in scenario '{}': {}",
          "{}, komponenttype {}, i scenarie '{}': {}"},
    Entry{"ex_head_period", "period {}", "periode {}"},
    Entry{"ex_head_wave", "wave {}", "bølge {}"},
    Entry{"ex_needed_by", "conflict: it is needed: {}", "konflikt: den kræves: {}"},
    Entry{"ex_not_taking_part", "municipality {} does not take part in scenario '{}' (level none)",
          "kommunen {} deltager ikke i scenarie '{}' (serviceniveau ingen)"},
    Entry{"ex_period_after", "it depends on {}, placed in {}: it can go no earlier",
          "den afhænger af {}, placeret i {}: den kan ikke komme tidligere"},
    Entry{"ex_period_blocked", "it depends on {}, which found no period",
          "den afhænger af {}, som ikke fandt plads i nogen periode"},
    Entry{"ex_period_first_room",
          "it depends on nothing placed earlier, and the first period had room",
          "den afhænger ikke af noget placeret tidligere, og der var plads i den første periode"},
    Entry{"ex_period_full", "{} had no room: {} of {} placed there before it",
          "{} var fuld: {} af {} placeret der før den"},
    Entry{"ex_period_group_after", "its group depends on {}, placed in {}: it can go no earlier",
          "dens gruppe afhænger af {}, placeret i {}: den kan ikke komme tidligere"},
    Entry{"ex_period_group_hours",
          "its group hands over {} a year, against a capacity of {} per period ({} components)",
          "dens gruppe overdrager {} om året, mod en kapacitet på {} pr. periode ({} komponenter)"},
    Entry{"ex_period_hours", "it hands over {} a year, against a capacity of {} per period",
          "den overdrager {} om året, mod en kapacitet på {} pr. periode"},
    Entry{"ex_period_not_empty", "{} was not empty: {} placed there before it",
          "{} var ikke tom: {} placeret der før den"},
    Entry{"ex_period_oversize", "larger than a period: placed alone in the first empty period",
          "større end en periode: placeret alene i den første tomme periode"},
    Entry{"ex_period_oversize_none",
          "larger than a period: it can only go alone into an empty period, and none was left",
          "større end en periode: den kan kun placeres alene i en tom periode, og der var ingen "
          "tilbage"},
    Entry{"ex_pin_transfer_void", "(its pin transfer applies only when it takes part)",
          "(dens pin transfer gælder kun, når kommunen deltager)"},
    Entry{"ex_pinned_retain", "pinned retain", "fastholdt hos kommunen (pin retain)"},
    Entry{"ex_pinned_retain_reason", "pinned retain: {}",
          "fastholdt hos kommunen (pin retain): {}"},
    Entry{"ex_rule_excluded", "excluded by level {0}: excludes entry {2} of {1}{3}",
          "udelukket af serviceniveau {0}: excludes-punkt {2} i {1}{3}"},
    Entry{"ex_rule_excluded_own", "excluded by level {0}: its excludes entry {1}{2}",
          "udelukket af serviceniveau {0}: dets excludes-punkt {1}{2}"},
    Entry{"ex_rule_extends", " (through extends: {})", " (via extends: {})"},
    Entry{"ex_rule_included", "selected by level {0}: includes entry {2} of {1}{3}",
          "valgt af serviceniveau {0}: includes-punkt {2} i {1}{3}"},
    Entry{"ex_rule_included_own", "selected by level {0}: its includes entry {1}{2}",
          "valgt af serviceniveau {0}: dets includes-punkt {1}{2}"},
    Entry{"ex_rule_no_level", "its municipality takes no level",
          "dens kommune har intet serviceniveau"},
    Entry{"ex_rule_none", "no includes entry of level {} matches",
          "intet includes-punkt i serviceniveau {} passer"},
    Entry{"ex_rule_none_chain",
          "no includes entry of level {0}, nor of {1} that it extends, matches",
          "intet includes-punkt i serviceniveau {0} eller i {1}, som det udvider, passer"},
    Entry{"ex_rule_pinned", "pinned transfer", "fastholdt til overdragelse (pin transfer)"},
    Entry{"ex_rule_pinned_reason", "pinned transfer ({})",
          "fastholdt til overdragelse (pin transfer: {})"},
    Entry{"ex_rule_though_included", ", though includes entry {1} of {0}{2} matches",
          ", selvom includes-punkt {1} i {0}{2} passer"},
    Entry{"ex_task_dropped", "{}: stays: a seed ({}), dropped: it reaches the retained {}:",
          "{}: bliver: en startopgave ({}), fravalgt: den rammer den beholdte {}:"},
    Entry{"ex_task_locked", "{}: stays (the component stays whatever happens)",
          "{}: bliver (komponenten bliver under alle omstændigheder)"},
    Entry{"ex_task_pulled_in", "{}: pulled in: {}", "{}: trukket med: {}"},
    Entry{"ex_task_seed", "{}: seed: {}", "{}: startopgave: {}"},
    Entry{"ex_task_the_seed", "the seed {}: {}", "startopgaven {}: {}"},
    Entry{"ex_task_unselected", "{}: stays: {}, and nothing handed over needs it",
          "{}: bliver: {}, og intet overdraget kræver den"},
    Entry{"ex_wave_cycle", "they depend hard on each other in a cycle: {}",
          "de afhænger hårdt af hinanden i en kreds: {}"},
    Entry{"ex_wave_first", "it depends hard on nothing else that is handed over: the first wave",
          "den afhænger ikke hårdt af andet, der overdrages: første bølge"},
    Entry{"ex_wave_group", "it moves in one group with {}", "den flyttes i én gruppe med {}"},
    Entry{"ex_wave_step", "{} depends hard on {} (wave {})", "{} afhænger hårdt af {} (bølge {})"},
    Entry{"ex_wave_step_via", "{0}, in one group with {3}, depends hard on {1} (wave {2})",
          "{0}, i én gruppe med {3}, afhænger hårdt af {1} (bølge {2})"},
    Entry{"ex_why_period", "why period {}:", "hvorfor periode {}:"},
    Entry{"ex_why_tasks", "why each task:", "hvorfor hver opgave:"},
    Entry{"ex_why_unscheduled", "why unscheduled:", "hvorfor ikke planlagt:"},
    Entry{"ex_why_wave", "why wave {}:", "hvorfor bølge {}:"},
};

static_assert(strictly_sorted(kExplainLabels),
              "kExplainLabels must be sorted by key, each key once");

// The words of `risk` (risk_text.cc, risk_markdown.cc, risk_html.cc), their {}
// filled in order: a block of their own, sorted by key like kLabels.
constexpr std::array kRiskLabels = {
    Entry{"risk_at_high", "at high", "ved høj"},
    Entry{"risk_at_low", "at low", "ved lav"},
    Entry{"risk_bar_legend", "Bar: P10 to P90; tick: P50; diamond: likely.",
          "Bjælke: P10 til P90; streg: P50; rombe: sandsynligst."},
    Entry{"risk_estimate", "estimate", "skøn"},
    Entry{"risk_high", "high", "høj"},
    Entry{"risk_html_head", "Monte Carlo: {} three-point estimates, {} runs, seed {}.",
          "Monte Carlo: {} trepunktsskøn, {} kørsler, startværdi {}."},
    Entry{"risk_key_high", "at its high value", "på sin høje værdi"},
    Entry{"risk_key_line", "the line is the likely figure", "linjen er det sandsynligste tal"},
    Entry{"risk_key_low", "the estimate at its low value", "skønnet på sin lave værdi"},
    Entry{"risk_likely", "likely", "sandsynligst"},
    Entry{"risk_low", "low", "lav"},
    Entry{"risk_md_head", "Monte Carlo over {} three-point estimates, {} runs, seed {}.",
          "Monte Carlo over {} trepunktsskøn, {} kørsler, startværdi {}."},
    Entry{"risk_mean", "mean", "middel"},
    Entry{"risk_net_change_per_municipality", "net change per municipality",
          "nettoændring pr. kommune"},
    Entry{"risk_no_estimate_moves", "no estimate moves it", "intet skøn flytter det"},
    Entry{"risk_percentiles",
          "P10 is the value that one run in ten falls below, P90 the value that one run in ten "
          "exceeds: eight runs in ten land between them; P50 is the median. 'Likely' is the plan's "
          "own figure, every estimate at its most likely value.",
          "P10 er den værdi, som hver tiende kørsel ligger under, og P90 den værdi, som hver "
          "tiende kørsel ligger over: otte ud af ti kørsler lander mellem de to; P50 er medianen. "
          "'Sandsynligst' er planens eget tal med alle skøn på deres mest sandsynlige værdi."},
    Entry{"risk_range_chart", "Net change per municipality, P10 to P90",
          "Nettoændring pr. kommune, P10 til P90"},
    Entry{"risk_swing", "swing", "udsving"},
    Entry{"risk_swing_note",
          "Each row puts one estimate at its low and at its high value, every other at its most "
          "likely value: refine the estimates at the top first.",
          "Hver række sætter ét skøn til sin lave og sin høje værdi og alle andre til deres mest "
          "sandsynlige: forfin skønnene øverst først."},
    Entry{"risk_swings_net_change", "swings of the total net change",
          "udsving i den samlede nettoændring"},
    Entry{"risk_swings_result", "swings of the organisation's result",
          "udsving i organisationens resultat"},
    Entry{"risk_swings_savings", "swings of the savings", "udsving i besparelsen"},
    Entry{"risk_text_head", "risk of scenario {}: {} three-point estimates, {} runs, seed {}",
          "risiko for scenarie {}: {} trepunktsskøn, {} kørsler, startværdi {}"},
    Entry{"risk_text_legend", "net change: likely, then P10 P50 P90 over the runs",
          "nettoændring: sandsynligst, derefter P10 P50 P90 over kørslerne"},
    Entry{"risk_title", "Uncertainty of scenario {}", "Usikkerhed i scenariet {}"},
    Entry{"risk_total_net_change", "total net change", "samlet nettoændring"},
    Entry{"risk_which_estimate", "which estimate matters most", "hvilke skøn betyder mest"},
};

static_assert(strictly_sorted(kRiskLabels), "kRiskLabels must be sorted by key, each key once");

// The three blocks share no key, so that label() finds each in one place.
static_assert(count_prefixed(kExplainLabels, "ex_") == kExplainLabels.size() &&
                  count_prefixed(kRiskLabels, "risk_") == kRiskLabels.size(),
              "explain's keys begin with ex_, risk's with risk_");
static_assert(count_prefixed(kLabels, "ex_") == 0 && count_prefixed(kLabels, "risk_") == 0,
              "kLabels holds no ex_ or risk_ key");

/// Swaps the separators of an English-grouped number for Danish ones.
std::string localize(std::string text, Lang lang) {
  if (lang == Lang::da)
    for (char& ch : text) ch = ch == ',' ? '.' : ch == '.' ? ',' : ch;
  return text;
}

}  // namespace

bool parse_lang(std::string_view text, Lang& out) {
  if (text == "en") {
    out = Lang::en;
    return true;
  }
  if (text == "da") {
    out = Lang::da;
    return true;
  }
  return false;
}

const char* to_string(Lang lang) { return lang == Lang::da ? "da" : "en"; }

std::ostream& operator<<(std::ostream& os, Lang lang) { return os << to_string(lang); }

std::string format_fixed(const Int256& value, unsigned scale, unsigned decimals, Lang lang) {
  const int s = static_cast<int>(std::min(scale, 18u));
  return localize(
      opgavesnit::format_fixed(value, s, static_cast<int>(std::min(decimals, 18u)), true), lang);
}

std::string with_money_unit(const std::string& number, Lang lang) {
  return lang == Lang::da ? number + " kr." : "DKK " + number;
}

std::string format_money(const Int256& value, unsigned scale, Lang lang) {
  return with_money_unit(format_fixed(value, scale, 2, lang), lang);
}

std::string format_money_ratio(const Int256& numerator, std::uint64_t denominator, Lang lang) {
  return with_money_unit(format_ratio(numerator, denominator, 2, lang), lang);
}

std::string format_ratio(const Int256& numerator, std::uint64_t denominator, unsigned decimals,
                         Lang lang) {
  // format_ratio_fixed does not group; group the whole part here.
  std::string plain =
      format_ratio_fixed(numerator, denominator, static_cast<int>(std::min(decimals, 18u)));
  const bool negative = !plain.empty() && plain[0] == '-';
  if (negative) plain.erase(0, 1);
  const std::size_t point = plain.find('.');
  std::string whole = plain.substr(0, point);
  const std::string frac = point == std::string::npos ? "" : plain.substr(point);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  std::string out;
  if (negative) out += '-';
  out += grouped;
  out += frac;
  return localize(std::move(out), lang);
}

std::string format_signed(const Int256& value, unsigned scale, unsigned decimals, Lang lang) {
  std::string text = format_fixed(value, scale, decimals, lang);
  if (value <= Int256(0) || text.find_first_of("123456789") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 1);
  out += '+';
  out += text;
  return out;
}

std::string format_signed_money(const Int256& value, unsigned scale, Lang lang) {
  return with_money_unit(format_signed(value, scale, 2, lang), lang);
}

std::string format_signed_ratio(const Int256& numerator, std::uint64_t denominator,
                                unsigned decimals, Lang lang) {
  std::string text = format_ratio(numerator, denominator, decimals, lang);
  if (numerator <= Int256(0) || text.find_first_of("123456789") == std::string::npos) return text;
  return "+" + text;
}

std::string format_hours(const Int256& hundredths, Lang lang) {
  return format_fixed(hundredths, 2, 2, lang) + (lang == Lang::da ? " t" : " h");
}

std::string format_fte(const Int256& hundredths, std::int64_t hours_per_fte, Lang lang) {
  return format_ratio(hundredths, hours_per_fte > 0 ? static_cast<std::uint64_t>(hours_per_fte) : 0,
                      3, lang);
}

std::string_view label(std::string_view key, Lang lang) {
  auto find = [&](const auto& table) -> const Entry* {
    auto it = std::lower_bound(table.begin(), table.end(), key,
                               [](const Entry& e, std::string_view k) { return e.key < k; });
    return it != table.end() && it->key == key ? &*it : nullptr;
  };
  const Entry* e = find(kLabels);
  if (e == nullptr) e = find(kExplainLabels);
  if (e == nullptr) e = find(kRiskLabels);
  if (e == nullptr) return key;
  return lang == Lang::da ? e->da : e->en;
}

std::vector<std::string_view> explain_sentence_keys() {
  std::vector<std::string_view> keys;
  for (const Entry& e : kExplainLabels) keys.push_back(e.key);
  return keys;
}

std::vector<std::string_view> risk_label_keys() {
  std::vector<std::string_view> keys;
  for (const Entry& e : kRiskLabels) keys.push_back(e.key);
  return keys;
}

std::string capitalized(std::string_view text) {
  std::string out(text);
  if (out.empty()) return out;
  if (out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  } else if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
    // æ ø å é (U+00E6 U+00F8 U+00E5 U+00E9) and their capitals are 0x20 apart.
    const auto second = static_cast<unsigned char>(out[1]);
    if (second == 0xA6 || second == 0xB8 || second == 0xA5 || second == 0xA9)
      out[1] = static_cast<char>(second - 0x20);
  }
  return out;
}

}  // namespace opgavesnit
