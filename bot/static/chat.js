// The web chat page: plain JavaScript, no build step. Talks to /chat/api (see bot/webchat.py).
"use strict";
(function () {
  const KEY = "helpline.chat";  // sessionStorage: forgotten when the tab closes (shared phones)
  const $ = (id) => document.getElementById(id);
  const log = $("log"), form = $("composer"), input = $("text"), send = $("send"), errorBox = $("error");
  let chat = null;      // {id, token, lastId, language}
  let socket = null, retry = 0;
  const seen = new Set();
  let ui = {};

  function save() { sessionStorage.setItem(KEY, JSON.stringify(chat)); }
  function showError(text) { errorBox.textContent = text; errorBox.hidden = !text; }

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (chat && chat.token) headers["Authorization"] = "Bearer " + chat.token;
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw { status: 0, message: ui.offline || "No connection. Your message was not sent; please try again." };
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw { status: res.status, message: (data.error && data.error.message) || res.statusText };
    return data;
  }

  async function loadUi(lang) {
    if (!lang || (ui.lang === lang)) return;
    try {
      ui = await api("GET", "/chat/api/ui/" + encodeURIComponent(lang));
      ui.lang = lang;
      document.documentElement.lang = lang;
      document.title = ui.title; $("title").textContent = ui.title;
      input.placeholder = ui.placeholder; $("text-label").textContent = ui.placeholder;
      send.textContent = ui.send; $("restart").textContent = ui.restart;
      $("sos").setAttribute("aria-label", ui.emergency);
    } catch (e) { /* keep the current words */ }
  }

  function render(msg) {
    if (msg.id !== undefined) {
      if (seen.has(msg.id)) return;
      seen.add(msg.id);
      if (!chat.lastId || msg.id > chat.lastId) { chat.lastId = msg.id; save(); }
    }
    const who = msg.direction === "in" ? "user" : (msg.sender || "bot");
    const el = document.createElement("div");
    el.className = "msg " + who;
    if (who === "consultant") {
      const label = document.createElement("span");
      label.className = "who"; label.textContent = ui.consultant || "Consultant";
      el.appendChild(label);
    }
    el.appendChild(document.createTextNode(msg.text));
    if (msg.buttons && msg.buttons.length) {
      const box = document.createElement("div");
      box.className = "choices";
      for (const b of msg.buttons) {
        let c;
        if (b.url) { c = document.createElement("a"); c.href = b.url; c.rel = "noopener"; }
        else { c = document.createElement("button"); c.type = "button"; c.addEventListener("click", () => press(b)); }
        c.textContent = b.title;
        box.appendChild(c);
      }
      el.appendChild(box);
    }
    log.appendChild(el);
    el.scrollIntoView({ block: "end" });
  }

  function showReplies(data) {
    for (const r of data.replies || []) render(Object.assign({ direction: "out" }, r));
    if (data.language) { chat.language = data.language; save(); loadUi(data.language); }
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    const body = {};
    if (params.get("c")) body.campaign = params.get("c");
    if (params.get("lang")) body.language = params.get("lang");
    chat = null;
    const data = await api("POST", "/chat/api/conversations", body);
    chat = { id: data.conversation_id, token: data.token, lastId: 0, language: data.language || null };
    save();
    showReplies(data);
    connect();
  }

  async function resume() {
    const data = await api("GET", "/chat/api/conversations/" + chat.id + "/messages");
    for (const m of data.messages) render(m);
    if (chat.language) loadUi(chat.language);
    connect();
  }

  async function post(body, echo) {
    showError("");
    send.disabled = true;
    try {
      const data = await api("POST", "/chat/api/conversations/" + chat.id + "/messages", body);
      if (echo) render({ direction: "in", text: echo });
      showReplies(data);
      return true;
    } catch (e) {
      if (e.status === 404 || e.status === 410 || e.status === 403) {
        showError(e.message);
        sessionStorage.removeItem(KEY);
      } else {
        showError(e.message);
      }
      return false;
    } finally {
      send.disabled = false;
    }
  }

  function press(button) { post({ button: button.id }, button.title); }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (await post({ text }, text)) input.value = "";  // on failure the text stays, nothing is lost
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });
  $("restart").addEventListener("click", () => {
    if (socket) socket.close();
    sessionStorage.removeItem(KEY); log.textContent = ""; seen.clear();
    start().catch((e) => showError(e.message));
  });

  function connect() {
    const proto = location.protocol === "https:" ? "wss://" : "ws://";
    const url = proto + location.host + "/chat/api/conversations/" + chat.id + "/ws?token=" +
      encodeURIComponent(chat.token) + "&after=" + (chat.lastId || 0);
    socket = new WebSocket(url);
    socket.onopen = () => { retry = 0; };
    socket.onmessage = (ev) => { try { render(JSON.parse(ev.data)); } catch (e) { /* ignore junk */ } };
    socket.onclose = (ev) => {
      if (ev.code === 1000 && ev.wasClean && !chat) return;
      retry = Math.min(retry + 1, 6);
      setTimeout(() => { if (chat) connect(); }, 500 * 2 ** retry);
    };
  }

  const stored = sessionStorage.getItem(KEY);
  if (stored) {
    chat = JSON.parse(stored);
    resume().catch(() => { sessionStorage.removeItem(KEY); start().catch((e) => showError(e.message)); });
  } else {
    start().catch((e) => showError(e.message));
  }
})();
