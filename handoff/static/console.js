// The consultant console: plain JS, no build step. Talks only to /api/ (see handoff/API.md).
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let me = null, csrf = null, socket = null, retry = 0, openCase = null, refreshTimer = null, pinger = null;

  function cookie(name) {
    const found = document.cookie.split("; ").find((c) => c.startsWith(name + "="));
    return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
  }

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (method !== "GET") {
      headers["Content-Type"] = "application/json";
      headers["X-CSRF-Token"] = csrf || cookie("helpline_csrf") || "";
    }
    const resp = await fetch(path, {
      method, headers, credentials: "same-origin", body: method === "GET" ? undefined : JSON.stringify(body || {}),
    });
    const data = await resp.json().catch(() => ({}));
    if (resp.status === 401 && path !== "/api/auth/login") { showLogin(); throw new Error("Please log in again."); }
    if (!resp.ok) throw new Error((data.error && data.error.message) || ("Error " + resp.status));
    return data;
  }

  function showError(message) {
    const el = $("error");
    el.textContent = message || ""; el.hidden = !message;
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function minutes(seconds) {
    if (seconds < 60) return seconds + " s";
    return Math.floor(seconds / 60) + " min";
  }

  // -- login --------------------------------------------------------------------------------------

  function showLogin() {
    me = null; if (socket) socket.close(); socket = null;
    $("login").hidden = false; $("desk").hidden = true; $("logout").hidden = true; $("who").textContent = "";
  }

  async function showDesk(data) {
    me = data.user; csrf = data.csrf_token || cookie("helpline_csrf");
    $("login").hidden = true; $("desk").hidden = false; $("logout").hidden = false;
    $("who").textContent = me.username + " (" + me.role + "; " + me.languages.join(", ") + ")";
    connect();
    await refresh();
  }

  $("login").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      showError("");
      const body = { username: $("username").value, password: $("password").value };
      if ($("totp").value) body.totp = $("totp").value;  // two-factor code (TOTP)
      const data = await api("POST", "/api/auth/login", body);
      $("password").value = ""; $("totp").value = "";
      await showDesk(data);
    } catch (e) { showError(e.message); }
  });

  $("logout").addEventListener("click", async () => {
    try { await api("POST", "/api/auth/logout"); } catch (e) { /* gone already */ }
    showLogin();
  });

  // -- queue, my cases, dashboard --------------------------------------------------------------------

  function caseLine(c, withClaim) {
    const li = el("li", c.level + (c.offered === false ? " waiting-language" : ""));
    li.dataset.caseId = c.id;
    li.appendChild(el("span", "level", c.level));
    li.appendChild(document.createTextNode(
      " #" + c.id + " · " + (c.language || "?") + " · " + c.channel + " · waiting " + minutes(c.waiting_seconds) +
      (c.campaign ? " · campaign " + c.campaign : "")));
    if (c.indicators && c.indicators.length) {
      const list = el("ul");
      for (const ind of c.indicators) {
        const item = el("li", null, ind.id + ": ");
        item.appendChild(el("span", "evidence", "“" + ind.evidence + "”"));
        list.appendChild(item);
      }
      li.appendChild(list);
    }
    if (withClaim) {
      const b = el("button", null, c.offered === false ? "Claim (waits for " + c.language + ")" : "Claim");
      b.type = "button";
      b.addEventListener("click", () => claim(c.id));
      li.appendChild(b);
    } else {
      const b = el("button", null, "Open"); b.type = "button";
      b.addEventListener("click", () => openView(c.id));
      li.appendChild(b);
    }
    return li;
  }

  async function refresh() {
    if (!me) return;
    try {
      const data = await api("GET", "/api/queue");
      const queue = $("queue"); queue.textContent = "";
      for (const c of data.cases) queue.appendChild(caseLine(c, true));
      $("queue-count").textContent = "(" + data.cases.length + ")";
      const mine = $("mine"); mine.textContent = "";
      for (const c of data.mine) mine.appendChild(caseLine(c, false));
      const all = $("all"); all.textContent = "";
      all.hidden = $("all-title").hidden = !data.active;
      for (const c of data.active || []) all.appendChild(caseLine(c, false));
      $("staffed").textContent = data.staffed ? "" : "Users are told nobody is online (out of hours or no consultant).";
      const stats = await api("GET", "/api/stats");
      const dl = $("stats"); dl.textContent = "";
      const rows = [
        ["Waiting: critical / high / requested", stats.queue.critical + " / " + stats.queue.high + " / " + stats.queue.requested],
        ["Active cases", stats.active], ["Staff online", stats.online],
        ["Mean time to claim (24 h)", stats.mean_time_to_claim === null ? "–" : minutes(Math.round(stats.mean_time_to_claim))],
        ["Mean time to first reply", stats.mean_time_to_first_reply === null ? "–" : minutes(Math.round(stats.mean_time_to_first_reply))],
        ["Wait p50 / p90", minutes(Math.round(stats.wait_percentiles.p50)) + " / " + minutes(Math.round(stats.wait_percentiles.p90))],
      ];
      for (const [k, v] of rows) { dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, String(v))); }
      if (openCase !== null) await openView(openCase, true);
    } catch (e) { showError(e.message); }
  }

  function soon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 150);
  }

  async function claim(id) {
    try { showError(""); await api("POST", "/api/cases/" + id + "/claim"); await openView(id); soon(); }
    catch (e) { showError(e.message); }
  }

  // -- one case ------------------------------------------------------------------------------------------

  async function openView(id, quiet) {
    let data;
    try { data = await api("GET", "/api/cases/" + id); }
    catch (e) { if (!quiet) showError(e.message); return; }
    openCase = id;
    const c = data.case;
    $("case-panel").hidden = false;
    $("case-title").textContent = "Case #" + c.id + " · " + c.level + " · " + c.status;
    $("case-meta").textContent = (c.language || "?") + " · " + c.channel + (c.campaign ? " · " + c.campaign : "") +
      (c.assigned_to_name ? " · with " + c.assigned_to_name : "") + (c.outcome ? " · outcome " + c.outcome : "");
    const nlu = $("nlu"); nlu.textContent = "";
    nlu.appendChild(el("p", null, "NLU: risk " + data.nlu.level + " (" + data.nlu.score.toFixed(2) + "); intents " +
      (data.nlu.intents.join(", ") || "–") + "; languages " + (data.nlu.languages.join(", ") || "–")));
    const inds = el("ul");
    for (const ind of data.nlu.indicators) {
      const item = el("li", null, ind.id + ": ");
      item.appendChild(el("span", "evidence", "“" + ind.evidence + "”"));
      inds.appendChild(item);
    }
    nlu.appendChild(inds);
    const log = $("transcript"); log.textContent = "";
    for (const row of data.transcript) {
      const li = el("li", row.direction === "in" ? "user" : row.sender);
      li.appendChild(el("span", "who", (row.direction === "in" ? "user" : row.sender) + " · " + row.created_at.slice(11, 16) +
        (row.nlu && row.nlu.risk && row.nlu.risk !== "none" ? " · risk " + row.nlu.risk : "")));
      const pressed = row.button_title ? "[pressed “" + row.button_title + "”]" : "[button " + row.button + "]";
      li.appendChild(document.createTextNode(row.text || (row.button ? pressed : "")));
      log.appendChild(li);
    }
    log.scrollTop = log.scrollHeight;
    const canned = $("canned");
    if (canned.dataset.caseId !== String(id)) {
      canned.dataset.caseId = String(id);
      canned.length = 1;
      for (const item of data.canned) canned.appendChild(new Option(item.text, item.text));
      const outcome = $("outcome"); outcome.textContent = "";
      for (const o of data.outcomes) outcome.appendChild(new Option(o.replace(/_/g, " "), o));
      const staff = await api("GET", "/api/staff");
      const to = $("transfer-to"); to.textContent = "";
      for (const s of staff.staff) {
        if (s.id !== me.id) to.appendChild(new Option(s.username + (s.online ? " (online)" : ""), String(s.id)));
      }
    }
    const notes = $("notes"); notes.textContent = "";
    for (const n of data.notes) notes.appendChild(el("li", null, (n.author || "?") + ": " + n.text));
  }

  $("canned").addEventListener("change", () => {
    if ($("canned").value) $("reply-text").value = $("canned").value;
  });

  $("reply").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("reply-text").value.trim();
    if (!text || openCase === null) return;
    try {
      showError("");
      await api("POST", "/api/cases/" + openCase + "/messages", { text });
      $("reply-text").value = ""; $("canned").value = "";
      await openView(openCase);
    } catch (e) { showError(e.message); }
  });

  $("note").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("note-text").value.trim();
    if (!text || openCase === null) return;
    try { await api("POST", "/api/cases/" + openCase + "/notes", { text }); $("note-text").value = ""; await openView(openCase); }
    catch (e) { showError(e.message); }
  });

  async function act(path, body, after) {
    if (openCase === null) return;
    try { showError(""); await api("POST", "/api/cases/" + openCase + "/" + path, body); if (after) after(); soon(); }
    catch (e) { showError(e.message); }
  }

  $("release").addEventListener("click", () => act("release", {}, () => { openCase = null; $("case-panel").hidden = true; }));
  $("transfer").addEventListener("click", () => act("transfer", { to: Number($("transfer-to").value) },
    () => { openCase = null; $("case-panel").hidden = true; }));
  $("close").addEventListener("click", () => act("close", { outcome: $("outcome").value }));

  // -- live events -------------------------------------------------------------------------------------

  function connect() {
    if (socket) return;
    const proto = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(proto + location.host + "/api/events");
    socket.onopen = () => {
      retry = 0; $("live").textContent = "live"; $("live").className = "badge";
      clearInterval(pinger);
      pinger = setInterval(() => { if (socket && socket.readyState === 1) socket.send("ping"); }, 30000);
      soon(); // whatever happened while we were away
    };
    socket.onmessage = () => soon();
    socket.onclose = () => {
      socket = null; $("live").textContent = "offline"; $("live").className = "badge off";
      if (!me) return;
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * 2 ** retry);
    };
  }

  // Waiting times grow by themselves: refresh now and then even when nothing happens.
  setInterval(() => { if (me && !document.hidden) soon(); }, 15000);

  // -- start: already logged in? ------------------------------------------------------------------------
  api("GET", "/api/me").then(showDesk).catch(() => showLogin());
})();
