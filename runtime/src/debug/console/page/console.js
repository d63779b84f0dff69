// The coroguard console: fetches the program's JSON documents every second and draws them.
"use strict";

const state = { sortKey: "id", sortUp: true, tasks: null };

function duration(ns) {
  if (!ns || ns <= 0) return "0s";
  const units = [[1e9, "s"], [1e6, "ms"], [1e3, "us"]];
  for (const [scale, unit] of units) {
    if (ns < scale) continue;
    const v = ns / scale;
    return (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) + unit;
  }
  return ns + "ns";
}

// A source point as its file's name and line; the whole path in the tooltip.
function place(row, text) {
  const td = cell(row, text ? text.replace(/^.*\//, "") : "", "code");
  if (text) td.title = text;
  return td;
}

function cell(row, text, cls) {
  const td = document.createElement("td");
  td.textContent = text === undefined || text === null ? "" : String(text);
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

// A histogram as bars whose heights grow with the log of the counts; the tooltip lists them.
function histogram(row, counts, buckets) {
  const td = cell(row, "");
  const bars = document.createElement("span");
  bars.className = "histogram";
  const top = Math.max(1, ...counts);
  counts.forEach((c, i) => {
    const bar = document.createElement("span");
    bar.style.height = (c ? 2 + 14 * Math.log1p(c) / Math.log1p(top) : 0) + "px";
    bar.title = buckets[i] + ": " + c;
    bars.appendChild(bar);
  });
  td.title = counts.map((c, i) => buckets[i] + " " + c).filter((_, i) => counts[i]).join(", ") || "none";
  td.appendChild(bars);
}

// Where the time went (a task's or a coroutine function's): the columns both tables share.
function timeCells(row, times, buckets) {
  for (const ns of [times.busy_ns, times.idle_ns, times.scheduled_ns]) cell(row, duration(ns), "num");
  cell(row, times.steps, "num");
  cell(row, duration(times.longest_step_ns), "num");
  histogram(row, times.step_durations, buckets);
  histogram(row, times.wake_latencies, buckets);
}

// The sort key's value of a task row.
function sortValue(t, key) {
  const times = t.times;
  if (key in times) return times[key];
  if (key === "busy" || key === "idle" || key === "scheduled" || key === "longest_step") return times[key + "_ns"];
  if (key === "warnings") return t.warnings.join("; ");
  const v = t[key];
  return v === undefined || v === null ? "" : v;
}

function drawTasks(doc) {
  const key = state.sortKey, up = state.sortUp ? 1 : -1;
  const tasks = doc.tasks.slice().sort((a, b) => {
    const x = sortValue(a, key), y = sortValue(b, key);
    return (x < y ? -1 : x > y ? 1 : 0) * up || a.id - b.id;
  });
  const body = document.querySelector("#tasks tbody");
  body.replaceChildren();
  for (const t of tasks) {
    const row = document.createElement("tr");
    row.dataset.id = t.id;
    row.className = t.state + (t.warnings.length ? " warned" : "");
    cell(row, t.id, "num");
    cell(row, t.coroutine, "code clip").title = t.function;
    cell(row, t.state === "running" ? "running for " + duration(t.running_for_ns) : t.state);
    place(row, t.created_at);
    place(row, t.suspended_at);
    cell(row, t.waiting_for, "clip").title = t.waiting_for || "";
    cell(row, t.awaited_by === null ? "" : "#" + t.awaited_by, "num");
    timeCells(row, t.times, doc.buckets);
    cell(row, t.warnings.join("; "), "warning");
    body.appendChild(row);
  }
  for (const th of document.querySelectorAll("#tasks th[data-key]")) {
    th.classList.toggle("sorted", th.dataset.key === key);
    th.classList.toggle("up", th.dataset.key === key && state.sortUp);
  }
}

// The tree by awaited-by, as `coroguard pstree` prints it; a cycle is printed once.
function drawTree(doc) {
  const byId = new Map(doc.tasks.map(t => [t.id, t]));
  const children = new Map();
  for (const t of doc.tasks) {
    const parent = byId.has(t.awaited_by) ? t.awaited_by : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(t.id);
  }
  const lines = [], seen = new Set();
  const label = t => "#" + t.id + " " + t.coroutine + " (" + t.state + ")" +
    (t.suspended_at ? " at " + t.suspended_at.replace(/^.*\//, "") : "") + (t.waiting_for ? ", waiting for " + t.waiting_for : "");
  const walk = (id, prefix, last) => {
    const t = byId.get(id);
    if (seen.has(id)) {
      lines.push(prefix + (last ? "└── " : "├── ") + "#" + id + " (cycle)");
      return;
    }
    seen.add(id);
    lines.push(prefix + (last ? "└── " : "├── ") + label(t));
    const kids = (children.get(id) || []).sort((a, b) => a - b);
    kids.forEach((k, i) => walk(k, prefix + (last ? "    " : "│   "), i === kids.length - 1));
  };
  const roots = (children.get(null) || []).sort((a, b) => a - b);
  roots.forEach((r, i) => walk(r, "", i === roots.length - 1));
  // Tasks on a cycle have no root: start from the smallest id not printed yet.
  for (const t of doc.tasks.slice().sort((a, b) => a.id - b.id))
    if (!seen.has(t.id)) walk(t.id, "", true);
  document.getElementById("tree").textContent = lines.join("\n") || "(no live tasks)";
}

function drawFunctions(doc) {
  const body = document.querySelector("#functions tbody");
  body.replaceChildren();
  for (const f of doc.functions.slice().sort((a, b) => b.times.busy_ns - a.times.busy_ns)) {
    const row = document.createElement("tr");
    cell(row, f.coroutine, "code");
    cell(row, f.frames, "num");
    cell(row, f.live, "num");
    timeCells(row, f.times, doc.buckets);
    body.appendChild(row);
  }
}

function drawStalls(doc, reports) {
  const stalls = document.getElementById("stalls");
  stalls.replaceChildren();
  for (const t of doc.tasks) {
    if (t.state !== "running" || t.running_for_ns < doc.slow_ms * 1e6 || doc.slow_ms === 0) continue;
    const p = document.createElement("p");
    p.className = "stall";
    p.textContent = "stalled now: task #" + t.id + " " + t.coroutine + " has run " + duration(t.running_for_ns) +
      " without yielding (slow_ms=" + doc.slow_ms + ")";
    stalls.appendChild(p);
  }
  const list = document.getElementById("reports");
  list.replaceChildren();
  for (const r of reports.reports.slice().reverse()) {
    const li = document.createElement("li");
    const where = r.location && r.location.file ? r.location.file + ":" + r.location.line + ": " : "";
    li.textContent = where + r.message + " [coroguard-" + r.kind + "]";
    list.appendChild(li);
  }
  if (!reports.total && !stalls.children.length) stalls.textContent = "no stall and no report so far";
}

function drawMemory(memory) {
  const body = document.querySelector("#memory tbody");
  body.replaceChildren();
  for (const s of memory.sites.slice().sort((a, b) => b.bytes - a.bytes || b.peak_bytes - a.peak_bytes)) {
    const row = document.createElement("tr");
    cell(row, s.coroutine, "code");
    place(row, s.created_at);
    for (const k of ["live", "bytes", "peak_live", "peak_bytes", "total"]) cell(row, s[k], "num");
    body.appendChild(row);
  }
}

function drawTimeline(timeline) {
  const svg = document.getElementById("timeline");
  const points = timeline.points;
  svg.replaceChildren();
  if (points.length < 2) return;
  const w = 900, h = 160, t0 = points[points.length - 1].t_ms - 60000;
  const series = ["running", "suspended", "created", "reports"];
  const top = Math.max(1, ...points.flatMap(p => series.map(s => p[s])));
  for (const s of series) {
    const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
    line.setAttribute("class", s);
    line.setAttribute("points", points.map(p =>
      ((p.t_ms - t0) / 60000 * w).toFixed(1) + "," + (h - 4 - (h - 8) * p[s] / top).toFixed(1)).join(" "));
    svg.appendChild(line);
  }
}

async function fetchJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response.json();
}

async function refresh() {
  const status = document.getElementById("status");
  try {
    const [doc, memory, reports, timeline] = await Promise.all(
      ["/tasks.json", "/memory.json", "/reports.json", "/timeline.json"].map(fetchJson));
    state.tasks = doc;
    const bytes = memory.sites.reduce((n, s) => n + s.bytes, 0);
    document.getElementById("summary").textContent = "pid " + doc.pid + " — " + doc.tasks.length +
      " live task(s), " + bytes + " bytes of frames, " + reports.total + " report(s)";
    drawTasks(doc);
    drawTree(doc);
    drawFunctions(doc);
    drawStalls(doc, reports);
    drawMemory(memory);
    drawTimeline(timeline);
    status.textContent = "updated " + new Date().toLocaleTimeString();
    status.className = "";
    document.body.dataset.loaded = "1";
  } catch (e) {
    status.textContent = "the program does not answer (" + e.message + ")";
    status.className = "stale";
  }
}

for (const th of document.querySelectorAll("#tasks th[data-key]")) {
  th.addEventListener("click", () => {
    state.sortUp = state.sortKey === th.dataset.key ? !state.sortUp : true;
    state.sortKey = th.dataset.key;
    if (state.tasks) drawTasks(state.tasks);
  });
}
refresh();
setInterval(refresh, 1000);
