// basewatch live alert board: draws the map from shipped data, follows /stream (Server-Sent Events).
// Every text from messages goes through textContent (articles are untrusted input), never innerHTML.
"use strict";

const S = { bases: [], baseById: {}, events: {}, claims: {}, feed: [], seen: new Set(), selected: null, outline: null };
const SVG = "http://www.w3.org/2000/svg";
const W = 640;
let proj = null;

function el(tag, attrs = {}, ...kids) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "text") node.textContent = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, v);
  }
  for (const kid of kids) if (kid !== null && kid !== undefined) node.append(kid);
  return node;
}

// ---- map -------------------------------------------------------------------------------------
function makeProjection(frame) {
  const lat0 = (frame.north + frame.south) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const scale = W / ((frame.east - frame.west) * kx);
  const H = Math.round((frame.north - frame.south) * scale);
  return { H, xy: (lon, lat) => [((lon - frame.west) * kx * scale), ((frame.north - lat) * scale)] };
}

function latestEvent(id) { const v = S.events[id]; return v && v.length ? v[v.length - 1] : null; }

function attacksByBase() {
  const out = {};
  for (const id of Object.keys(S.events)) {
    const e = latestEvent(id);
    if (!e || !e.base_id) continue;
    const a = (out[e.base_id] ||= { count: 0, fatal: false, last: null, events: [] });
    a.count += 1; a.events.push(id);
    if ((e.killed || 0) > 0) a.fatal = true;
    if (e.attack_date && (!a.last || e.attack_date > a.last)) a.last = e.attack_date;
  }
  return out;
}

function drawMap() {
  if (!S.outline) return;
  const svg = document.getElementById("map");
  svg.replaceChildren();
  svg.setAttribute("viewBox", `0 0 ${W} ${proj.H}`);
  for (const c of S.outline.countries) {
    const pts = c.ring.map(([lon, lat]) => proj.xy(lon, lat).map((v) => v.toFixed(1)).join(",")).join(" ");
    svg.append(el("svg:polygon", { points: pts, class: "country" + (c.focus ? " focus" : "") }));
  }
  for (const c of S.outline.countries.filter((c) => c.focus && c.ring.length > 8)) {
    const xs = c.ring.map(([lon, lat]) => proj.xy(lon, lat));
    const cx = xs.reduce((s, p) => s + p[0], 0) / xs.length, cy = xs.reduce((s, p) => s + p[1], 0) / xs.length;
    svg.append(el("svg:text", { x: cx.toFixed(0), y: cy.toFixed(0), class: "country-label", text: c.name }));
  }
  const hits = attacksByBase();
  const dates = Object.values(hits).map((h) => h.last).filter(Boolean).sort();
  const newest = dates.length ? Date.parse(dates[dates.length - 1]) : 0;
  // quiet bases first, fatal ones last: what matters most is drawn on top
  const rank = (b) => (hits[b.id] ? (hits[b.id].fatal ? 2 : 1) : 0);
  const order = [...S.bases].sort((a, b) => rank(a) - rank(b));
  const labels = []; // boxes already used, so close bases' labels do not print over each other
  for (const b of order) {
    const [x, y] = proj.xy(b.lon, b.lat);
    const h = hits[b.id];
    const r = h ? Math.min(14, 4.5 + 2.5 * Math.sqrt(h.count)) : 3.2;
    // recency: full colour for the newest attack, fading to 45% for one 180 days older
    const age = h && h.last ? (newest - Date.parse(h.last)) / 86400000 : 0;
    const opacity = h ? Math.max(0.45, 1 - age / 330).toFixed(2) : 1;
    const cls = "base" + (h ? (h.fatal ? " fatal" : " hit") : "") + (S.selected && latestEvent(S.selected)?.base_id === b.id ? " selected" : "");
    const title = `${b.name} (${b.country})` + (h ? `: ${h.count} attack event(s), latest ${h.last || "undated"}${h.fatal ? ", with deaths" : ""}` : ": no attack reported");
    const dot = el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: cls, "fill-opacity": opacity, "data-base": b.id,
      on: { click: () => h && select(h.events[h.events.length - 1]) } }, el("svg:title", { text: title }));
    svg.append(dot);
    if (h) {
      const text = `${b.name} ×${h.count}`, w = text.length * 5.6;
      let ly = y + 3.5;
      while (labels.some((l) => Math.abs(l.y - ly) < 11 && x + r + 3 < l.x + l.w && l.x < x + r + 3 + w)) ly += 11;
      labels.push({ x: x + r + 3, y: ly, w });
      svg.append(el("svg:text", { x: (x + r + 3).toFixed(1), y: ly.toFixed(1), class: "base-label", text }));
    }
  }
}

function pulseAt(baseId) {
  const b = S.baseById[baseId];
  if (!b || !proj) return;
  const [x, y] = proj.xy(b.lon, b.lat);
  const ring = el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 4, class: "pulse" });
  document.getElementById("map").append(ring);
  setTimeout(() => ring.remove(), 5000);
}

// ---- feed ------------------------------------------------------------------------------------
function alertItem(a, fresh) {
  const rev = a.revision ? `rev ${a.revision}` : "raised";
  const when = a.received_at_ms ? new Date(a.received_at_ms).toISOString().replace("T", " ").slice(0, 19) + " UTC" : "";
  const li = el("li", { class: `alert sev-${a.severity}` + (fresh ? " new" : ""), id: `alert-${a.alert_id}-${a.revision}`,
    "data-alert-id": a.alert_id, "data-revision": String(a.revision), on: { click: () => select(a.event_id) } },
    el("div", { class: "top" },
      el("span", { class: `sev ${a.severity}`, text: String(a.severity).toUpperCase() }),
      el("span", { class: "tag", text: String(a.kind).replace("_", "-") }),
      el("span", { class: "tag", text: rev }),
      a.status ? el("span", { class: "tag status", text: a.status }) : null,
      el("span", { text: [a.base_name, a.country, a.attack_date].filter(Boolean).join(" · ") }),
      el("span", { text: when })),
    el("div", { class: "summary", text: a.summary || "" }));
  if (a.previous_killed !== undefined && a.previous_killed !== null) li.append(el("div", { class: "top", text: `toll revised: ${a.previous_killed} → ${a.killed}` }));
  return li;
}

function addAlert(a, fresh) {
  const key = `${a.alert_id}:${a.revision}`;
  if (S.seen.has(key)) return;
  S.seen.add(key);
  S.feed.push(a);
  const feed = document.getElementById("feed");
  feed.prepend(alertItem(a, fresh));
  while (feed.children.length > 500) feed.lastChild.remove();
  if (fresh) { pulseAt(a.base_id); if (!S.selected || a.kind === "fatality") select(a.event_id); }
}

// ---- event panel -----------------------------------------------------------------------------
function select(eventId) {
  S.selected = eventId;
  document.querySelectorAll(".alert.selected").forEach((n) => n.classList.remove("selected"));
  document.querySelectorAll(`.alert`).forEach((n) => { const a = S.feed.find((f) => f.alert_id === n.dataset.alertId); if (a && a.event_id === eventId) n.classList.add("selected"); });
  drawEvent();
  drawMap();
}

function drawEvent() {
  const box = document.getElementById("event");
  const versions = S.events[S.selected] || [];
  const e = versions[versions.length - 1];
  const alerts = S.feed.filter((a) => a.event_id === S.selected);
  if (!e && !alerts.length) { box.replaceChildren(el("p", { class: "hint", text: "This event's messages have not arrived yet." })); return; }
  const head = e || alerts[alerts.length - 1];
  const facts = el("dl", { class: "facts" });
  const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") facts.append(el("dt", { text: k }), el("dd", { text: String(v) })); };
  fact("base", head.base_name || head.base_id || "unlinked");
  fact("country", head.country);
  fact("date", head.attack_date || "unknown");
  if (e) { fact("status", e.status); fact("weapon", e.weapon); fact("actor", e.actor); fact("killed", e.killed); fact("wounded", e.wounded); fact("side", e.casualty_side); fact("version", e.version); }
  const parts = [el("h3", { text: `${head.base_name || "Unlinked attack"}${head.attack_date ? ", " + head.attack_date : ""}` }), facts];

  parts.push(el("h4", { text: "Toll history" }));
  const hist = el("table", {}, el("tr", {}, ...["version", "killed", "wounded", "status", "claims", "sources"].map((h) => el("th", { text: h }))));
  for (const v of versions) hist.append(el("tr", {}, ...[v.version, v.killed ?? "–", v.wounded ?? "–", v.status || "", (v.claim_ids || []).length, (v.sources || []).join(", ")].map((t) => el("td", { text: String(t) }))));
  for (const a of alerts) hist.append(el("tr", {}, el("td", { text: `alert ${a.kind} ${a.revision ? "rev " + a.revision : "raised"}` }), el("td", { text: String(a.killed ?? "–") }), el("td", { text: String(a.wounded ?? "–") }), el("td", { text: a.severity }), el("td", { text: "" }), el("td", { text: (a.sources || []).join(", ") })));
  parts.push(hist);

  const claimIds = e ? e.claim_ids || [] : [];
  parts.push(el("h4", { text: `Claims (${claimIds.length})` }));
  const list = el("ul", { class: "claims" });
  for (const id of claimIds) {
    const c = S.claims[id];
    if (!c) { list.append(el("li", { text: id })); continue; }
    const src = c.url && /^https?:\/\//.test(c.url) ? el("a", { href: c.url, target: "_blank", rel: "noopener noreferrer", text: c.source || c.url }) : el("span", { text: c.source || "unknown outlet" });
    const toll = [c.killed != null ? `${c.killed} killed` : null, c.wounded != null ? `${c.wounded} wounded` : null].filter(Boolean).join(", ");
    list.append(el("li", {}, src, el("span", { text: ` · ${c.published_at || "undated"} · ${c.status || ""}${toll ? " · " + toll : ""} · place: “${c.place_text}”` }), el("blockquote", { text: c.evidence || "" })));
  }
  parts.push(list);
  const urls = [...new Set([...(head.source_urls || []), ...claimIds.map((id) => S.claims[id]?.url).filter(Boolean)])];
  if (!claimIds.length && urls.length) {
    parts.push(el("h4", { text: "Sources" }));
    for (const u of urls) if (/^https?:\/\//.test(u)) parts.push(el("div", {}, el("a", { href: u, target: "_blank", rel: "noopener noreferrer", text: u })));
  }
  const evidence = (e && e.evidence && e.evidence.length ? e.evidence : head.evidence) || [];
  if (!claimIds.length || !claimIds.every((id) => S.claims[id])) {
    parts.push(el("h4", { text: "Evidence" }));
    for (const s of evidence) parts.push(el("blockquote", { text: s }));
  }
  box.replaceChildren(...parts);
}

// ---- counts and stream -----------------------------------------------------------------------
function drawCounts() {
  const fatal = Object.keys(S.events).filter((id) => (latestEvent(id)?.killed || 0) > 0).length;
  document.getElementById("counts").textContent = `${Object.keys(S.events).length} events · ${fatal} with deaths · ${S.feed.length} alert messages`;
}

function connect() {
  const conn = document.getElementById("conn");
  const source = new EventSource("/stream");
  source.onopen = () => { conn.textContent = "live"; conn.className = "conn up"; };
  source.onerror = () => { conn.textContent = "reconnecting…"; conn.className = "conn down"; };
  source.addEventListener("snapshot", (m) => {
    const snap = JSON.parse(m.data);
    S.bases = snap.bases; S.baseById = Object.fromEntries(snap.bases.map((b) => [b.id, b]));
    S.events = snap.events; S.claims = snap.claims; S.feed = []; S.seen = new Set();
    document.getElementById("feed").replaceChildren();
    for (const a of snap.feed) addAlert(a, false);
    if (!S.selected && S.feed.length) {
      const fatal = [...S.feed].reverse().find((a) => a.kind === "fatality");
      S.selected = (fatal || S.feed[S.feed.length - 1]).event_id;
    }
    drawMap(); drawEvent(); drawCounts();
  });
  source.addEventListener("claim", (m) => { const c = JSON.parse(m.data); S.claims[c.claim_id] = c; if (S.selected) drawEvent(); });
  source.addEventListener("event", (m) => {
    const e = JSON.parse(m.data);
    const v = (S.events[e.event_id] ||= []);
    if (!v.some((x) => x.version === e.version)) v.push(e);
    drawMap(); drawCounts(); if (S.selected === e.event_id) drawEvent();
  });
  source.addEventListener("alert", (m) => { addAlert(JSON.parse(m.data), true); drawCounts(); drawEvent(); });
}

fetch("/static/outlines.json").then((r) => r.json()).then((o) => {
  S.outline = o; proj = makeProjection(o.frame);
  document.getElementById("map-source").textContent = "Outlines: " + o.source + " Base positions: basewatch gazetteer (approximate).";
  drawMap();
}).finally(connect);
