// The sections `tasks` and `component_types` (a type's tasks, hours and
// requirements) of one file -> RawFile.

#include "parse_reader.h"

namespace opgavesnit::detail {

void read_tasks(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'tasks'", [&](NodeId n) {
    if (!r.mapping(n, "a task", schema::keys(Shape::task))) return;
    NodeId idn = r.need(n, "id", "a task");
    if (idn == kNone) return;
    auto id = r.id(idn, "the task id");
    if (!id) return;
    if (*id == "all") {
      r.diags().error("reserved-id", r.pos(idn),
                      "'all' cannot be a task id: rules use it to mean every task");
      return;
    }
    Task task;
    task.id = *id;
    task.pos = r.pos(idn);
    task.name = r.optional_text(n, "name");
    task.description = r.optional_text(n, "description");
    out.tasks.push_back(std::move(task));
  });
}

void read_types(Reader& r, NodeId section, RawFile& out) {
  each_item(r, section, "'component_types'", [&](NodeId n) {
    if (!r.mapping(n, "a component type", schema::keys(Shape::component_type))) return;
    NodeId idn = r.need(n, "id", "a component type");
    NodeId tasks = r.need(n, "tasks", "a component type");
    if (idn == kNone) return;
    auto id = r.id(idn, "the component type id");
    if (!id) return;
    RawType raw;
    raw.type.id = *id;
    raw.type.pos = r.pos(idn);
    raw.type.name = r.optional_text(n, "name");
    if (NodeId c = r.get(n, "category"); c != kNone) raw.category = r.ref(c, "'category'");
    if (NodeId a = r.get(n, "annual_cost_task"); a != kNone)
      raw.annual_cost_task = r.ref(a, "'annual_cost_task'");
    if (tasks != kNone) {
      const auto* items = r.list(tasks, "'tasks' of a component type");
      if (items && items->empty())
        r.diags().error("empty-list", r.pos(tasks),
                        fmt::format("component type '{}' must have at least one task", *id));
      if (items) {
        for (std::size_t i = 0; i < items->size(); ++i) {
          const NodeId tn = r.child(tasks, i);
          if (!r.mapping(tn, "a task of a component type", schema::keys(Shape::type_task)))
            continue;
          NodeId task = r.need(tn, "task", "a task of a component type");
          NodeId hours = r.need(tn, "hours", "a task of a component type");
          RawTypeTask tt;
          tt.pos = r.pos(tn);
          std::optional<Ref> task_ref;
          if (task != kNone) task_ref = r.ref(task, "'task'");
          if (hours != kNone)
            tt.hours = r.estimate(hours, "'hours'", 2, tt.hours_range).value_or(0);
          if (NodeId f = r.get(tn, "foundation"); f != kNone)
            tt.foundation = r.boolean(f, "'foundation'").value_or(false);
          if (NodeId q = r.get(tn, "requires"); q != kNone)
            tt.requires_tasks = r.ref_list(q, "'requires'");
          if (!task_ref) continue;
          tt.task = *task_ref;
          raw.tasks.push_back(std::move(tt));
        }
      }
    }
    out.types.push_back(std::move(raw));
  });
}

}  // namespace opgavesnit::detail
