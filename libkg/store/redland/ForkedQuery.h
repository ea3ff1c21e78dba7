// A query of the embedded store in a child process of its own, so that Stop and the time limit
// really end its work.
//
// Why a process: Rasqal, which runs Redland's SPARQL, has no way to interrupt a query in
// progress; a query thread could only be abandoned, its core kept busy until the query ends by
// itself (minutes for a cross join), with the store it reads unusable meanwhile. fork() gives the
// child a copy-on-write snapshot of the graph as it is at that moment, at no copying cost: the
// child runs the query with Redland, writes the result to a pipe as SPARQL JSON results and
// _exit()s; the parent reads the pipe, looking at the QueryControl every 100 ms, and on Stop or at
// the time limit kill()s the child with SIGKILL and reaps it, which frees the CPU at once.
// Meanwhile the parent's store goes on with other work (commits included), since the child
// reads its own copy: the query sees the graph as of its start.
//
// What the child may do: it is a copy of a multi-threaded process with only the forking thread
// left, so it touches only Redland (whose world only that thread used) and plain memory (glibc's
// fork leaves malloc usable); no Qt event loop and no lock another thread could have held. It
// closes every inherited descriptor above stdin, stdout and stderr but its pipe (the store's
// lock among them stays the parent's alone), dies with the thread that forked it
// (PR_SET_PDEATHSIG), and ends with _exit, never exit, so that no atexit handler or destructor
// of the parent's objects runs twice.
#pragma once

#include "store/QueryControl.h"

#include <functional>

namespace tinyml::store {

// Forks now; the child calls `runQuery` and sends back what it returns. nullptr with *error
// when no process could be made.
std::unique_ptr<StartedQuery> forkQuery(const std::function<std::optional<QueryResult>(QString *error)> &runQuery,
                                        std::shared_ptr<QueryControl> control, QString *error);

} // namespace tinyml::store
