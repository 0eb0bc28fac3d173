/*
 * UM International Partnerships Assistant: the embeddable chat widget.
 *
 * Embed with one tag (no build step, no framework, no secret in the page):
 *   <script src="https://HOST/widget.js" data-api="https://HOST" data-lang="auto|fr|en"
 *           data-title="..." data-accent="#00539b" data-position="right|left" defer></script>
 *
 *   data-api       where the assistant's API lives (default: the origin widget.js came from)
 *   data-lang      "auto" follows <html lang> (and its changes), or force "fr" / "en"
 *   data-title     the panel's title (default: a title in the visitor's language)
 *   data-accent    the accent colour (keep it dark enough for white text: contrast >= 4.5:1)
 *   data-position  which corner the launcher sits in
 *
 * Everything renders in an open Shadow DOM, so the host page's CSS cannot restyle it. The
 * conversation is kept in sessionStorage and sent back as `history` with each question.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  const STORE_KEY = "um-assistant:conversation";
  const MAX_HISTORY = 10;

  const STRINGS = {
    en: {
      launcher: "Ask a question",
      title: "International partnerships assistant",
      close: "Close the assistant",
      intro:
        "Ask about Erasmus+, strategic partners, MUSE, double degrees or partnership agreements. Answers quote the university's texts.",
      label: "Your question",
      placeholder: "e.g. Who signs partnership agreements?",
      send: "Send",
      sending: "…",
      sources: "Sources",
      page: "p.",
      contact: "Contact:",
      helpfulPrompt: "Did this help?",
      helpful: "Helpful",
      unhelpful: "Not helpful",
      thanks: "Thank you for your feedback.",
      commentLabel: "Add a comment (optional)",
      commentSend: "Send comment",
      error: "Sorry, the assistant could not answer. Please try again.",
      busy: "Too many questions at once. Please wait a moment and try again.",
      notReady: "The assistant is not ready yet. Please try again later.",
      note: "Answers come only from the university's documents, with their sources.",
      answered: "Answer received.",
    },
    fr: {
      launcher: "Poser une question",
      title: "Assistant des partenariats internationaux",
      close: "Fermer l'assistant",
      intro:
        "Posez vos questions sur Erasmus+, les partenaires stratégiques, MUSE, les doubles diplômes ou les conventions de partenariat. Les réponses citent les textes de l'université.",
      label: "Votre question",
      placeholder: "ex. : Qui signe les conventions de partenariat ?",
      send: "Envoyer",
      sending: "…",
      sources: "Sources",
      page: "p.",
      contact: "Contact :",
      helpfulPrompt: "Cette réponse vous a-t-elle aidé ?",
      helpful: "Utile",
      unhelpful: "Pas utile",
      thanks: "Merci pour votre avis.",
      commentLabel: "Ajouter un commentaire (facultatif)",
      commentSend: "Envoyer le commentaire",
      error: "Désolé, l'assistant n'a pas pu répondre. Veuillez réessayer.",
      busy: "Trop de questions à la fois. Patientez un instant puis réessayez.",
      notReady: "L'assistant n'est pas encore prêt. Veuillez réessayer plus tard.",
      note: "Les réponses proviennent uniquement des documents de l'université, avec leurs sources.",
      answered: "Réponse reçue.",
    },
  };

  const data = (script && script.dataset) || {};
  const scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  const config = {
    api: (data.api || scriptOrigin).replace(/\/$/, ""),
    lang: (data.lang || "auto").toLowerCase(),
    title: data.title || "",
    accent: /^#[0-9a-fA-F]{3,8}$/.test(data.accent || "") ? data.accent : "#00539b",
    position: data.position === "left" ? "left" : "right",
  };

  /* Thumbs drawn as inline SVG: emoji render as empty boxes where no emoji font is installed. */
  const THUMB_PATH =
    "M2 10h4v11H2zM8 21h9.2a2 2 0 0 0 2-1.6l1.5-7A2 2 0 0 0 18.7 10H14l.9-4.4a1.6 1.6 0 0 0-2.8-1.4L8 9.5z";
  function thumb(down) {
    const turn = down ? ' transform="rotate(180 12 12)"' : "";
    return `<svg class="thumb" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
              <path d="${THUMB_PATH}" fill="currentColor"${turn}/></svg>`;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  function loadConversation() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE_KEY) || "[]");
    } catch (_) {
      return [];
    }
  }

  function saveConversation(messages) {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(messages));
    } catch (_) {
      /* storage full or disabled: the conversation just is not kept */
    }
  }

  /* Reads a text/event-stream body, calling onEvent(name, data) for each event. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let name = "message";
        const lines = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) lines.push(line.slice(5).trimStart());
        }
        if (lines.length) onEvent(name, JSON.parse(lines.join("\n")));
      }
    }
  }

  let counter = 0;

  class UmAssistant extends HTMLElement {
    constructor() {
      super();
      this.uid = `uma${++counter}`;
      this.messages = loadConversation();
      this.busy = false;
      this.attachShadow({ mode: "open" });
    }

    get lang() {
      if (config.lang === "fr" || config.lang === "en") return config.lang;
      const page = (document.documentElement.getAttribute("lang") || "en").toLowerCase();
      return page.startsWith("fr") ? "fr" : "en";
    }

    get t() {
      return STRINGS[this.lang];
    }

    connectedCallback() {
      this.render();
      if (config.lang === "auto") {
        // Follow the page when it switches language.
        this.observer = new MutationObserver(() => this.render(true));
        this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
      }
    }

    disconnectedCallback() {
      if (this.observer) this.observer.disconnect();
    }

    render(keepOpen) {
      const t = this.t;
      const open = keepOpen && this.panel && !this.panel.hidden;
      const draft = this.input ? this.input.value : "";
      const id = this.uid;
      this.shadowRoot.innerHTML = `
        <link rel="stylesheet" href="${escapeHtml(config.api)}/widget.css">
        <div class="root ${config.position}" lang="${this.lang}" style="--accent:${config.accent}">
          <button class="launcher" type="button" data-testid="launcher" aria-expanded="false"
                  aria-controls="${id}-panel"><span aria-hidden="true">💬</span><span>${escapeHtml(t.launcher)}</span></button>
          <section class="panel" id="${id}-panel" role="dialog" aria-labelledby="${id}-title" hidden>
            <div class="head">
              <h2 id="${id}-title">${escapeHtml(config.title || t.title)}</h2>
              <button class="close" type="button" aria-label="${escapeHtml(t.close)}">×</button>
            </div>
            <div class="messages" role="log" aria-label="${escapeHtml(config.title || t.title)}">
              <p class="intro">${escapeHtml(t.intro)}</p>
            </div>
            <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-role="live"></div>
            <form class="composer">
              <label class="sr-only" for="${id}-input">${escapeHtml(t.label)}</label>
              <textarea id="${id}-input" data-testid="input" rows="2" maxlength="2000"
                        placeholder="${escapeHtml(t.placeholder)}"></textarea>
              <button class="send" type="submit" data-testid="send">${escapeHtml(t.send)}</button>
            </form>
            <p class="note">${escapeHtml(t.note)}</p>
          </section>
        </div>`;
      const root = this.shadowRoot;
      this.launcher = root.querySelector(".launcher");
      this.panel = root.querySelector(".panel");
      this.log = root.querySelector(".messages");
      this.live = root.querySelector("[data-role=live]");
      this.input = root.querySelector("textarea");
      this.sendButton = root.querySelector(".send");
      this.input.value = draft;

      this.launcher.addEventListener("click", () => this.open());
      root.querySelector(".close").addEventListener("click", () => this.close());
      this.panel.addEventListener("keydown", (event) => {
        if (event.key === "Escape") this.close();
      });
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey) {
          event.preventDefault();
          this.submit();
        }
      });
      root.querySelector("form").addEventListener("submit", (event) => {
        event.preventDefault();
        this.submit();
      });
      for (const message of this.messages) this.renderMessage(message);
      if (open) this.open(false);
    }

    open(focus = true) {
      this.panel.hidden = false;
      this.launcher.setAttribute("aria-expanded", "true");
      if (focus) this.input.focus();
      this.scrollDown();
    }

    close() {
      this.panel.hidden = true;
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }

    scrollDown() {
      this.log.scrollTop = this.log.scrollHeight;
    }

    history() {
      return this.messages
        .filter((m) => m.role === "user" || (m.role === "assistant" && m.content))
        .slice(-MAX_HISTORY)
        .map((m) => ({ role: m.role, content: m.content }));
    }

    async submit() {
      const question = this.input.value.trim();
      if (!question || this.busy) return;
      const history = this.history();
      this.busy = true;
      this.sendButton.disabled = true;
      this.input.value = "";
      const asked = { role: "user", content: question };
      this.messages.push(asked);
      this.renderMessage(asked);
      const reply = { role: "assistant", content: "", citations: [], streaming: true };
      const view = this.renderMessage(reply);
      try {
        const response = await fetch(`${config.api}/v1/ask/stream`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Assistant-Surface": "widget" },
          body: JSON.stringify({ question, history }),
        });
        if (!response.ok) {
          reply.error = response.status === 429 ? "busy" : response.status === 503 ? "notReady" : "error";
        } else {
          await readEvents(response, (name, payload) => {
            if (name === "meta") {
              reply.citations = payload.citations || [];
            } else if (name === "delta") {
              reply.content += payload.text;
            } else if (name === "done") {
              Object.assign(reply, {
                content: payload.answer,
                citations: payload.citations,
                answered: payload.answered,
                fallback: payload.fallback,
                answer_id: payload.answer_id,
              });
            } else if (name === "error") {
              reply.error = "error";
            }
            this.fill(view, reply);
          });
        }
      } catch (_) {
        reply.error = "error";
      }
      reply.streaming = false;
      if (reply.error) reply.content = "";
      this.fill(view, reply);
      this.live.textContent = reply.error ? this.t[reply.error] : `${this.t.answered} ${reply.content.replace(/\[\d+\]/g, "")}`;
      if (!reply.error) this.messages.push(reply);
      else this.messages.pop();
      saveConversation(this.messages.map(({ streaming, ...kept }) => kept));
      this.busy = false;
      this.sendButton.disabled = false;
      this.input.focus();
    }

    renderMessage(message) {
      const view = document.createElement("div");
      view.className = `bubble ${message.role}`;
      if (message.role === "user") {
        view.textContent = message.content;
      } else {
        view.dataset.testid = "answer";
        this.fill(view, message);
      }
      this.log.appendChild(view);
      this.scrollDown();
      return view;
    }

    /* (Re)draws an assistant bubble: text with [n] links, sources, fallback, feedback. */
    fill(view, message) {
      const t = this.t;
      const key = `${this.uid}-${message.answer_id || Math.random().toString(36).slice(2)}`;
      view.dataset.key = view.dataset.key || key;
      const base = view.dataset.key;
      view.setAttribute("aria-busy", message.streaming ? "true" : "false");
      if (message.error) {
        view.innerHTML = `<p class="error">${escapeHtml(t[message.error])}</p>`;
        return;
      }
      const known = new Set((message.citations || []).map((c) => c.n));
      const setApart = message.answered === false && message.fallback && message.content.endsWith(message.fallback);
      const shown = setApart ? message.content.slice(0, -message.fallback.length).trim() : message.content;
      const text = escapeHtml(shown).replace(/\[(\d+)\]/g, (marker, n) =>
        known.has(Number(n))
          ? `<a class="cite" href="#${base}-src-${n}" data-testid="citation" data-n="${n}">[${n}]</a>`
          : marker,
      );
      let html = `<p>${text}</p>`;
      if (message.answered === false && message.fallback) {
        html += `<p class="fallback">${escapeHtml(message.fallback)}</p>`;
      }
      if (message.citations && message.citations.length) {
        html += `<ol class="sources" aria-label="${escapeHtml(t.sources)}">`;
        for (const c of message.citations) {
          const name = c.url
            ? `<a href="${escapeHtml(c.url)}" target="_blank" rel="noopener">${escapeHtml(c.title)}</a>`
            : `<strong>${escapeHtml(c.title)}</strong>`;
          const where = [c.section && c.section !== c.title ? escapeHtml(c.section) : "", c.page ? `${t.page} ${c.page}` : ""]
            .filter(Boolean)
            .join(" · ");
          html += `<li id="${base}-src-${c.n}" tabindex="-1">[${c.n}] ${name}${where ? ` — ${where}` : ""}
                     <blockquote>${escapeHtml(c.snippet)}</blockquote></li>`;
        }
        html += "</ol>";
      }
      if (!message.streaming && message.answer_id) {
        html += `<div class="feedback" role="group" aria-label="${escapeHtml(t.helpfulPrompt)}">
                   <span>${escapeHtml(t.helpfulPrompt)}</span>
                   <button type="button" data-testid="feedback-up" aria-pressed="false" aria-label="${escapeHtml(t.helpful)}">${thumb(false)}</button>
                   <button type="button" data-testid="feedback-down" aria-pressed="false" aria-label="${escapeHtml(t.unhelpful)}">${thumb(true)}</button>
                 </div>`;
      }
      view.innerHTML = html;
      for (const link of view.querySelectorAll("a.cite")) {
        link.addEventListener("click", (event) => {
          event.preventDefault();
          const target = view.querySelector(`#${CSS.escape(`${base}-src-${link.dataset.n}`)}`);
          if (!target) return;
          for (const item of view.querySelectorAll(".sources li")) item.classList.remove("highlight");
          target.classList.add("highlight");
          target.scrollIntoView({ block: "nearest" });
          target.focus();
        });
      }
      const feedback = view.querySelector(".feedback");
      if (feedback) {
        for (const button of feedback.querySelectorAll("button")) {
          button.addEventListener("click", () => this.sendFeedback(feedback, message, button.dataset.testid === "feedback-up", button));
        }
      }
      if (message.streaming) this.scrollDown();
    }

    async sendFeedback(box, message, helpful, button, comment) {
      const t = this.t;
      try {
        await fetch(`${config.api}/v1/feedback`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ answer_id: message.answer_id, helpful, comment: comment || null }),
        });
      } catch (_) {
        /* feedback is best effort */
      }
      if (comment !== undefined) {
        box.innerHTML = `<span role="status">${escapeHtml(t.thanks)}</span>`;
        return;
      }
      for (const other of box.querySelectorAll("button")) {
        other.setAttribute("aria-pressed", String(other === button));
        other.disabled = true;
      }
      const id = `${box.parentElement.dataset.key}-comment`;
      box.insertAdjacentHTML(
        "beforeend",
        `<span role="status">${escapeHtml(t.thanks)}</span>
         <label class="sr-only" for="${id}">${escapeHtml(t.commentLabel)}</label>
         <textarea id="${id}" maxlength="1000" placeholder="${escapeHtml(t.commentLabel)}"></textarea>
         <button type="button" data-role="comment">${escapeHtml(t.commentSend)}</button>`,
      );
      const area = box.querySelector("textarea");
      box.querySelector("[data-role=comment]").addEventListener("click", () => {
        if (area.value.trim()) this.sendFeedback(box, message, helpful, button, area.value.trim());
      });
    }
  }

  if (!customElements.get("um-assistant")) customElements.define("um-assistant", UmAssistant);

  function mount() {
    if (!document.querySelector("um-assistant")) document.body.appendChild(document.createElement("um-assistant"));
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
