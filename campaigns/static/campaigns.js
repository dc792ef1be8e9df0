// The campaigns console: plain script, same-origin JSON API, charts are server-drawn SVG images.
"use strict";

const $ = (id) => document.getElementById(id);
let current = null;

function cookie(name) {
  const hit = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : "";
}

async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    headers["X-CSRF-Token"] = cookie("helpline_csrf");
  }
  const resp = await fetch(path, {
    method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await resp.json().catch(() => ({}));
  if (resp.status === 401) { $("login-needed").hidden = false; $("list").hidden = true; }
  if (!resp.ok) throw new Error((data.error && data.error.message) || resp.statusText);
  return data;
}

function say(text) { $("status").textContent = text || ""; }

function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }

async function loadList() {
  const data = await api("GET", "/api/campaigns");
  $("list").hidden = false;
  const rows = $("rows");
  rows.replaceChildren();
  for (const c of data.campaigns) {
    const tr = document.createElement("tr");
    tr.className = "pick";
    tr.append(cell(c.code), cell(c.name), cell(c.language || "-"), cell(c.active ? "active" : "inactive"),
      cell(String(c.conversations)));
    tr.addEventListener("click", () => open(c.code).catch((e) => say(e.message)));
    rows.append(tr);
  }
  const off = Object.entries(data.channels).filter(([, on]) => !on).map(([name]) => name);
  $("channels").textContent = off.length ? "No link for: " + off.join(", ") + " (its setting is empty)." : "";
}

function query() {
  const form = new FormData($("period"));
  const params = new URLSearchParams();
  for (const name of ["since", "until"]) if (form.get(name)) params.set(name, form.get(name));
  const q = params.toString();
  return q ? "?" + q : "";
}

async function showStats() {
  const base = "/api/campaigns/" + encodeURIComponent(current);
  const q = query();
  const report = await api("GET", base + "/stats" + q);
  $("total").textContent = "New conversations: " + report.conversations;
  $("csv").href = base + "/stats.csv" + q;
  const charts = $("charts");
  charts.replaceChildren();
  for (const section of ["conversations_by_day", "conversations_by_language", "conversations_by_channel",
    "flows_used", "offers_checked", "handoffs_by_level", "handoff_outcomes"]) {
    const img = document.createElement("img");
    img.alt = section.replaceAll("_", " ");
    img.src = base + "/charts/" + section + ".svg" + q;
    charts.append(img);
  }
}

async function open(code) {
  const data = await api("GET", "/api/campaigns/" + encodeURIComponent(code));
  current = data.campaign.code;
  $("detail").hidden = false;
  $("detail-title").textContent = data.campaign.code + ": " + data.campaign.name;
  const edit = $("edit");
  edit.elements.name.value = data.campaign.name;
  edit.elements.language.value = data.campaign.language || "";
  edit.elements.active.checked = data.campaign.active;
  const list = $("downloads");
  list.replaceChildren();
  const base = "/api/campaigns/" + encodeURIComponent(current);
  const items = [["Poster A4 (PDF)", base + "/poster-a4.pdf"], ["Poster A5 (PDF)", base + "/poster-a5.pdf"]];
  for (const link of data.links) {
    items.push([link.channel + " QR (SVG)", base + "/qr/" + link.channel + ".svg"]);
    items.push([link.channel + " QR (PNG)", base + "/qr/" + link.channel + ".png"]);
  }
  for (const [label, href] of items) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = href; a.textContent = label;
    li.append(a);
    list.append(li);
  }
  for (const link of data.links) {
    const li = document.createElement("li");
    li.textContent = link.channel + ": " + link.url;
    list.append(li);
  }
  await showStats();
}

document.addEventListener("DOMContentLoaded", () => {
  $("create").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      await api("POST", "/api/campaigns", {
        name: form.get("name"), code: form.get("code"), language: form.get("language") || null,
      });
      event.target.reset();
      say("Campaign created.");
      await loadList();
    } catch (e) { say(e.message); }
  });
  $("edit").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    try {
      await api("POST", "/api/campaigns/" + encodeURIComponent(current), {
        name: form.elements.name.value, language: form.elements.language.value || null,
        active: form.elements.active.checked,
      });
      say("Saved.");
      await loadList();
      await open(current);
    } catch (e) { say(e.message); }
  });
  $("period").addEventListener("submit", (event) => {
    event.preventDefault();
    showStats().catch((e) => say(e.message));
  });
  loadList().catch((e) => say(e.message));
});
