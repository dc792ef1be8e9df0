"use strict";
// The review room: plain JS, no build step. Every request carries the CSRF token on POST.
(function () {
  const $ = (sel) => document.querySelector(sel);
  let csrf = "";
  let me = null;
  let current = null;
  let flagsKnown = [];
  let intents = [];
  let levels = [];
  let indicatorIds = [];

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? decodeURIComponent(found.slice(name.length + 1)) : "";
  }

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (method !== "GET") {
      headers["Content-Type"] = "application/json";
      headers["X-CSRF-Token"] = csrf || cookie("helpline_csrf");
    }
    const resp = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, credentials: "same-origin" });
    const data = (resp.headers.get("Content-Type") || "").includes("json") ? await resp.json() : await resp.text();
    if (!resp.ok) {
      const message = data && data.error ? data.error.message : resp.statusText;
      if (resp.status === 401) showLogin();
      throw new Error(message);
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
    return node;
  }

  function showLogin() {
    $("#login").hidden = false;
    $("#room").hidden = true;
    $("#logout").hidden = true;
    $("#who").textContent = "";
  }

  function showRoom(user) {
    me = user;
    $("#login").hidden = true;
    $("#room").hidden = false;
    $("#logout").hidden = false;
    $("#who").textContent = `${user.username} (${user.role})`;
    $("#export").hidden = user.role !== "admin";
    $("#audit-panel").hidden = false;
    search();
    loadAudit();
  }

  async function start() {
    try {
      const data = await api("GET", "/api/me");
      csrf = data.csrf_token || cookie("helpline_csrf");
      if (["moderator", "admin"].includes(data.user.role)) showRoom(data.user);
      else { showLogin(); $("#login-error").textContent = "The review room is for moderators and admins."; }
    } catch (e) {
      showLogin();
    }
  }

  $("#login").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    $("#login-error").textContent = "";
    try {
      const body = { username: form.get("username"), password: form.get("password") };
      if (form.get("totp")) body.totp = form.get("totp");
      const data = await api("POST", "/api/auth/login", body);
      csrf = data.csrf_token;
      if (!["moderator", "admin"].includes(data.user.role)) throw new Error("The review room is for moderators and admins.");
      event.target.reset();
      showRoom(data.user);
    } catch (e) {
      $("#login-error").textContent = e.message;
    }
  });

  $("#logout").addEventListener("click", async () => {
    try { await api("POST", "/api/auth/logout", {}); } finally { showLogin(); }
  });

  function query() {
    const form = new FormData($("#filters"));
    const params = new URLSearchParams();
    for (const [k, v] of form.entries()) if (v) params.set(k, v);
    return params;
  }

  async function search() {
    const data = await api("GET", "/api/review/conversations?" + query().toString());
    flagsKnown = data.flags; intents = data.intents; levels = data.levels; indicatorIds = data.indicators;
    const flagSelect = $("#filters select[name=flag]");
    if (flagSelect.options.length === 1) for (const f of flagsKnown) flagSelect.append(el("option", { value: f }, f));
    const body = $("#results tbody");
    body.replaceChildren();
    for (const c of data.conversations) {
      const row = el("tr", { class: "row", "data-id": c.id, tabindex: "0" },
        el("td", {}, c.last_activity_at.slice(0, 16).replace("T", " ")),
        el("td", {}, c.channel), el("td", {}, c.language || ""), el("td", {}, c.risk_level),
        el("td", {}, c.indicators.join(", ")), el("td", {}, c.outcome || ""),
        el("td", {}, c.flags.join(", ")), el("td", {}, c.reviewed_at ? "✓" : ""));
      row.addEventListener("click", () => open(c.id));
      row.addEventListener("keydown", (e) => { if (e.key === "Enter") open(c.id); });
      body.append(row);
    }
    $("#count").textContent = `(${data.conversations.length})`;
    const params = query();
    params.set("format", "json"); $("#export-json").href = "/api/review/export?" + params;
    params.set("format", "csv"); $("#export-csv").href = "/api/review/export?" + params;
  }

  $("#filters").addEventListener("submit", (event) => { event.preventDefault(); search().catch(alert); });

  function correctionControls(m) {
    if (m.direction !== "in") return "";
    const wrap = el("span", { class: "correction" });
    const pick = (name, options, value) => {
      const select = el("select", { name, "aria-label": name }, el("option", { value: "" }, name + "…"));
      for (const o of options) select.append(el("option", { value: o }, o));
      if (value) select.value = value;
      return select;
    };
    const lang = pick("language", ["pl", "en", "uk", "ru", "es", "ro", "vi"], m.correction && m.correction.language);
    const intent = pick("intent", intents, m.correction && m.correction.intent);
    const level = pick("level", levels, m.correction && m.correction.risk_level);
    const indicators = el("select", { name: "indicators", multiple: "", size: "3", "aria-label": "indicators" });
    const chosen = new Set((m.correction && m.correction.indicators) || []);
    for (const id of indicatorIds) {
      const option = el("option", { value: id }, id);
      option.selected = chosen.has(id);
      indicators.append(option);
    }
    const save = el("button", { type: "button" }, "Correct");
    save.addEventListener("click", async () => {
      const body = {};
      if (lang.value) body.language = lang.value;
      if (intent.value) body.intent = intent.value;
      if (level.value) body.level = level.value;
      const picked = Array.from(indicators.selectedOptions, (o) => o.value);
      if (picked.length) body.indicators = picked;
      try { await api("POST", `/api/review/messages/${m.id}/correction`, body); save.textContent = "Saved"; }
      catch (e) { alert(e.message); }
    });
    wrap.append(lang, intent, level, indicators, save);
    return wrap;
  }

  function render(data) {
    current = data.conversation;
    $("#transcript-panel").hidden = false;
    const badge = $("#masked-badge");
    badge.textContent = data.masked ? "masked" : "revealed";
    badge.className = data.masked ? "badge" : "badge revealed";
    const c = data.conversation;
    $("#conv-meta").textContent = `${c.channel} · ${c.language || "?"} · risk ${c.risk_level} · ${c.messages} messages` +
      (c.campaign ? ` · campaign ${c.campaign}` : "") + (c.outcome ? ` · outcome ${c.outcome}` : "");
    const list = $("#transcript");
    list.replaceChildren();
    for (const m of data.messages) {
      const meta = [m.sender, m.created_at.slice(0, 16).replace("T", " ")];
      if (m.intent) meta.push(`intent ${m.intent}`);
      if (m.risk_level && m.risk_level !== "none") meta.push(`risk ${m.risk_level}`);
      if (m.indicators && m.indicators.length) meta.push(m.indicators.join(", "));
      if (m.attachments) meta.push(`${m.attachments} file(s)`);
      const text = m.text || (m.button ? `[button ${m.button}]` : "");
      list.append(el("li", { class: m.direction, "data-id": m.id }, el("span", { class: "meta" }, meta.join(" · ")), text, correctionControls(m)));
    }
    const box = $("#flags");
    box.replaceChildren(el("legend", {}, "Flags"));
    for (const f of flagsKnown) {
      const input = el("input", { type: "checkbox", value: f });
      input.checked = c.flags.includes(f);
      box.append(el("label", {}, input, " " + f));
    }
    const notes = $("#notes");
    notes.replaceChildren(...data.notes.map((n) => el("li", {}, `${n.created_at.slice(0, 16).replace("T", " ")}: ${n.text}`)));
  }

  async function open(id) {
    render(await api("GET", `/api/review/conversations/${id}`));
    loadAudit();
  }

  $("#reveal").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("#reveal-error").textContent = "";
    const reason = new FormData(event.target).get("reason");
    try {
      render(await api("POST", `/api/review/conversations/${current.id}/reveal`, { reason }));
      event.target.reset();
      loadAudit();
    } catch (e) { $("#reveal-error").textContent = e.message; }
  });

  $("#save-flags").addEventListener("click", async () => {
    const flags = [...document.querySelectorAll("#flags input:checked")].map((i) => i.value);
    await api("POST", `/api/review/conversations/${current.id}/flags`, { flags });
    search(); loadAudit();
  });

  $("#reviewed").addEventListener("click", async () => {
    await api("POST", `/api/review/conversations/${current.id}/reviewed`, {});
    search(); loadAudit();
  });

  $("#note").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = new FormData(event.target).get("text");
    const data = await api("POST", `/api/review/conversations/${current.id}/notes`, { text });
    event.target.reset();
    $("#notes").replaceChildren(...data.notes.map((n) => el("li", {}, `${n.created_at.slice(0, 16).replace("T", " ")}: ${n.text}`)));
    loadAudit();
  });

  async function loadAudit() {
    try {
      const data = await api("GET", "/api/audit");
      const body = $("#audit tbody");
      body.replaceChildren(...data.entries.map((e) => el("tr", {},
        el("td", {}, e.created_at.slice(0, 19).replace("T", " ")), el("td", {}, e.user_id ?? ""),
        el("td", {}, e.action), el("td", {}, JSON.stringify(e.detail)))));
    } catch (e) {
      $("#audit-panel").hidden = true;  // not allowed for this role
    }
  }
  $("#load-audit").addEventListener("click", loadAudit);

  start();
})();
