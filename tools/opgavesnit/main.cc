// The opgavesnit command: a thin client of the engine library.
#include <csignal>
#include <exception>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "common.h"
#include "limits.h"

#ifndef OPGAVESNIT_VERSION
#define OPGAVESNIT_VERSION "0.1.0"
#endif

int main(int argc, char** argv) {
  using namespace opgavesnit::cli;
  // A closed pipe (`| head`) is an error of write(), EPIPE, which
  // write_output treats as the end of the output: never a signal death.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{
      "opgavesnit - plan the task split (opgavesnit) when municipalities hand server and\n"
      "network operation over to a shared IT service organisation.\n"};
  app.name("opgavesnit");
  app.set_version_flag("--version", "opgavesnit " OPGAVESNIT_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);
  app.footer(
      "A MODEL is a folder (every *.yaml/*.yml below it) or one or more files.\n"
      "Run 'opgavesnit COMMAND --help' for a command's options.\n\n"
      "Exit status: 0 success; 1 the model has errors, or a plan is inconsistent;\n"
      "2 wrong usage, or a file that cannot be read or written.");
  int status = kExitOk;
  add_validate(app, status);
  add_plan(app, status);
  add_explain(app, status);
  add_compare(app, status);
  add_levels(app, status);
  add_schema(app, status);
  add_fmt(app, status);
  add_import(app, status);
  // --limit is the app's, and may also follow the subcommand (fallthrough).
  add_limit_option(app);
  for (CLI::App* sub : app.get_subcommands({})) sub->fallthrough();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11's message may echo an argument: escape it as print_error does.
    std::ostringstream out, err;
    app.exit(e, out, err);
    std::cout << out.str();
    std::cerr << escape_lines(err.str());
    return kExitUsage;
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return kExitModel;
  } catch (const std::exception& e) {
    print_error(e.what());
    return kExitModel;
  }
  return status;
}
