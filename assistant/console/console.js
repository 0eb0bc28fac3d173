/* The staff console: plain JavaScript, no build step, nothing loaded from elsewhere.
 *
 * The admin token is asked once and kept in sessionStorage (this tab only), sent as the bearer
 * header of every /v1/admin call; a 401 shows the sign-in form again. Every text that comes from
 * a visitor or a document is set with textContent, never parsed as HTML.
 */
(() => {
  "use strict";

  const TOKEN_KEY = "um-console:token";
  const LANG_KEY = "um-console:lang";

  const STRINGS = {
    en: {
      title: "Staff console", logout: "Sign out", loginTitle: "Sign in", tokenLabel: "Admin token",
      login: "Sign in", tokenHint: "The token (ASSISTANT_ADMIN_TOKEN) is kept in this tab only, until it is closed.",
      badToken: "This token was refused. Check ASSISTANT_ADMIN_TOKEN on the server.",
      adminOff: "Administration is off on this server: set ASSISTANT_ADMIN_TOKEN.",
      documents: "Documents", gaps: "Gaps", feedback: "Feedback", activity: "Activity", search: "Search", export: "Export",
      drop: "Drop files here, or choose them", dropHint: "Markdown, text, HTML, PDF, Word. A file of the same name is replaced.",
      reindex: "Re-index", colTitle: "Title", colFormat: "Format", colSize: "Size", colChunks: "Chunks",
      colStatus: "Status", colUpdated: "Updated", colActions: "Actions", colDocument: "Document",
      delete: "Delete", confirmDelete: "Delete {name} from the corpus and the index?",
      uploading: "Uploading {name}: {pct} %", indexing: "Indexing {name}…", reindexing: "Re-indexing the corpus…",
      deleting: "Deleting {name}…", uploaded: "{name} indexed: {chunks} chunks ({status}).",
      ingestSummary: "Index updated: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {embedded} chunks embedded.",
      failed: "Failed: {reason}", noDocuments: "No documents yet.",
      status_indexed: "indexed", status_expired: "expired", status_failed: "failed",
      period: "Period", days7: "7 days", days30: "30 days", days90: "90 days", days365: "365 days",
      showHandled: "Show handled groups",
      gapsHint: "Questions the documents did not answer, and answers rated unhelpful, grouped by topic. Most asked first.",
      noGaps: "No unanswered or disliked questions in this period.", loading: "Loading…",
      asked: "asked {n} times", askedOnce: "asked once", firstSeen: "First asked", lastSeen: "Last asked",
      closest: "Closest document", none: "none", questionsAsked: "Questions asked", terms: "Terms",
      markHandled: "Mark handled", reopen: "Not handled", handled: "handled",
      hiddenHandled: "{n} handled groups hidden.",
      perDocument: "Ratings per document", disliked: "Answers rated unhelpful", helpful: "Helpful", unhelpful: "Not helpful",
      noRatings: "No ratings yet.", noDisliked: "No answer was rated unhelpful.", question: "Question", answer: "Answer",
      sources: "Sources", comment: "Comment", abstainedTag: "abstained",
      answered: "answered", abstained: "not answered",
      activitySummary: "{n} questions in {days} days, {pct} % answered.", chartTitle: "Questions per day",
      searchLabel: "Look up a procedure in the documents", searchButton: "Search", noResults: "No passage found.",
      section: "Section", page: "p.",
      exportHint: "CSV files, for a spreadsheet.", exportQuestions: "Question log (CSV)", exportGaps: "Gaps of the last year (CSV)",
      downloaded: "{name} downloaded.", eraseTitle: "Erase the question log",
      eraseHint: "Deletes every logged question now. Ratings of answers are kept.", erase: "Erase the question log",
      confirmErase: "Erase every logged question? This cannot be undone.", erased: "{n} questions erased.",
    },
    fr: {
      title: "Console du personnel", logout: "Se déconnecter", loginTitle: "Connexion", tokenLabel: "Jeton d'administration",
      login: "Se connecter", tokenHint: "Le jeton (ASSISTANT_ADMIN_TOKEN) n'est gardé que dans cet onglet, jusqu'à sa fermeture.",
      badToken: "Ce jeton a été refusé. Vérifiez ASSISTANT_ADMIN_TOKEN sur le serveur.",
      adminOff: "L'administration est désactivée sur ce serveur : définissez ASSISTANT_ADMIN_TOKEN.",
      documents: "Documents", gaps: "Lacunes", feedback: "Avis", activity: "Activité", search: "Recherche", export: "Export",
      drop: "Déposez des fichiers ici, ou choisissez-les", dropHint: "Markdown, texte, HTML, PDF, Word. Un fichier du même nom est remplacé.",
      reindex: "Réindexer", colTitle: "Titre", colFormat: "Format", colSize: "Taille", colChunks: "Passages",
      colStatus: "État", colUpdated: "Mis à jour", colActions: "Actions", colDocument: "Document",
      delete: "Supprimer", confirmDelete: "Supprimer {name} du corpus et de l'index ?",
      uploading: "Envoi de {name} : {pct} %", indexing: "Indexation de {name}…", reindexing: "Réindexation du corpus…",
      deleting: "Suppression de {name}…", uploaded: "{name} indexé : {chunks} passages ({status}).",
      ingestSummary: "Index à jour : {added} ajoutés, {updated} modifiés, {removed} supprimés, {unchanged} inchangés, {embedded} passages encodés.",
      failed: "Échec : {reason}", noDocuments: "Aucun document pour l'instant.",
      status_indexed: "indexé", status_expired: "expiré", status_failed: "en échec",
      period: "Période", days7: "7 jours", days30: "30 jours", days90: "90 jours", days365: "365 jours",
      showHandled: "Afficher les groupes traités",
      gapsHint: "Les questions auxquelles les documents n'ont pas répondu, et les réponses jugées inutiles, groupées par sujet. Les plus posées d'abord.",
      noGaps: "Aucune question sans réponse ni réponse jugée inutile sur cette période.", loading: "Chargement…",
      asked: "posée {n} fois", askedOnce: "posée une fois", firstSeen: "Première fois", lastSeen: "Dernière fois",
      closest: "Document le plus proche", none: "aucun", questionsAsked: "Questions posées", terms: "Termes",
      markHandled: "Marquer comme traité", reopen: "Non traité", handled: "traité",
      hiddenHandled: "{n} groupes traités masqués.",
      perDocument: "Avis par document", disliked: "Réponses jugées inutiles", helpful: "Utile", unhelpful: "Pas utile",
      noRatings: "Aucun avis pour l'instant.", noDisliked: "Aucune réponse n'a été jugée inutile.", question: "Question",
      answer: "Réponse", sources: "Sources", comment: "Commentaire", abstainedTag: "sans réponse",
      answered: "répondues", abstained: "sans réponse",
      activitySummary: "{n} questions en {days} jours, {pct} % avec réponse.", chartTitle: "Questions par jour",
      searchLabel: "Chercher une procédure dans les documents", searchButton: "Rechercher", noResults: "Aucun passage trouvé.",
      section: "Section", page: "p.",
      exportHint: "Fichiers CSV, pour un tableur.", exportQuestions: "Journal des questions (CSV)", exportGaps: "Lacunes de l'année (CSV)",
      downloaded: "{name} téléchargé.", eraseTitle: "Effacer le journal des questions",
      eraseHint: "Supprime dès maintenant toutes les questions journalisées. Les avis sur les réponses sont gardés.",
      erase: "Effacer le journal des questions",
      confirmErase: "Effacer toutes les questions journalisées ? C'est définitif.", erased: "{n} questions effacées.",
    },
  };

  const $ = (id) => document.getElementById(id);
  let lang = sessionStorage.getItem(LANG_KEY) || ((navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en");
  let current = "documents";
  const openGroups = new Set();  // gap groups kept open when the list is drawn again

  function t(key, values) {
    const text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (values && name in values ? String(values[name]) : ""));
  }

  /* An element with attributes; strings among the children become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "testid") node.dataset.testid = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    return node;
  }

  /* Thumbs drawn as inline SVG, like the widget's: emoji are empty boxes without an emoji font. */
  const THUMB_PATH =
    "M2 10h4v11H2zM8 21h9.2a2 2 0 0 0 2-1.6l1.5-7A2 2 0 0 0 18.7 10H14l.9-4.4a1.6 1.6 0 0 0-2.8-1.4L8 9.5z";
  function thumb(down) {
    const icon = svg("svg", { viewBox: "0 0 24 24", width: "18", height: "18", class: "thumb", role: "img" });
    const title = svg("title");
    title.textContent = down ? t("unhelpful") : t("helpful");
    const path = svg("path", { d: THUMB_PATH, fill: "currentColor" });
    if (down) path.setAttribute("transform", "rotate(180 12 12)");
    icon.append(title, path);
    return icon;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function setStatus(id, text, kind) {
    const node = $(id);
    node.textContent = text || "";
    node.className = kind || "";
  }

  function formatDate(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", {
      year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
    });
  }

  function formatSize(bytes) {
    if (bytes === null || bytes === undefined) return "";
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  /* ---- the token and the API ---- */

  class Unauthorized extends Error {}

  function token() {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  }

  function authHeaders() {
    return { Authorization: `Bearer ${token()}` };
  }

  async function reason(response) {
    try {
      const body = await response.json();
      return body.message || (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
    } catch (_) {
      return `HTTP ${response.status}`;
    }
  }

  async function api(path, options) {
    const opts = options || {};
    const response = await fetch(path, { ...opts, headers: { ...authHeaders(), ...(opts.headers || {}) } });
    if (response.status === 401 || (response.status === 404 && path === "/v1/admin/documents")) {
      signOut(response.status === 401 ? t("badToken") : t("adminOff"));
      throw new Unauthorized();
    }
    if (!response.ok) throw new Error(await reason(response));
    return response;
  }

  async function json(path, options) {
    return (await api(path, options)).json();
  }

  function failed(statusId, error) {
    if (!(error instanceof Unauthorized)) setStatus(statusId, t("failed", { reason: error.message }), "error");
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    show($("app"), false);
    show($("logout"), false);
    show($("login"), true);
    $("login-error").textContent = message || "";
    $("token").value = "";
    $("token").focus();
  }

  async function signIn(value) {
    sessionStorage.setItem(TOKEN_KEY, value);
    try {
      await api("/v1/admin/documents");
    } catch (error) {
      if (!(error instanceof Unauthorized)) $("login-error").textContent = t("failed", { reason: error.message });
      return;
    }
    $("login-error").textContent = "";
    show($("login"), false);
    show($("app"), true);
    show($("logout"), true);
    select(current, false);
  }

  /* ---- tabs ---- */

  const LOADERS = {};

  function tabs() {
    return Array.from(document.querySelectorAll('[role="tab"]'));
  }

  function select(name, focus) {
    current = name;
    for (const tab of tabs()) {
      const on = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      show($(tab.getAttribute("aria-controls")), on);
      if (on && focus) tab.focus();
    }
    if (LOADERS[name]) LOADERS[name]();
  }

  function onTabKey(event) {
    const list = tabs();
    const at = list.indexOf(event.target);
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(list[(moves[event.key] + list.length) % list.length].dataset.tab, true);
  }

  /* ---- documents ---- */

  function ingestSummary(report) {
    return t("ingestSummary", {
      added: report.added, updated: report.updated, removed: report.removed,
      unchanged: report.unchanged, embedded: report.chunks_embedded,
    });
  }

  LOADERS.documents = async () => {
    try {
      const { documents } = await json("/v1/admin/documents");
      const body = $("documents");
      body.replaceChildren();
      if (!documents.length) body.append(el("tr", {}, el("td", { colspan: "7", text: t("noDocuments") })));
      for (const doc of documents) body.append(documentRow(doc));
    } catch (error) {
      failed("doc-status", error);
    }
  };

  function documentRow(doc) {
    const status = el("td", {}, el("span", { class: `badge ${doc.status}`, text: t(`status_${doc.status}`) }));
    if (doc.error) status.append(el("div", { class: "error small", text: doc.error }));
    const remove = el("button", {
      type: "button", class: "danger small", text: t("delete"), "aria-label": `${t("delete")} ${doc.id}`,
      onclick: () => removeDocument(doc.id),
    });
    return el(
      "tr", { testid: "document-row", "data-id": doc.id },
      el("td", {}, el("div", { text: doc.title || doc.id }), el("div", { class: "muted small", text: doc.id })),
      el("td", { text: doc.format || "" }),
      el("td", { class: "num", text: formatSize(doc.size) }),
      el("td", { class: "num", text: doc.chunks }),
      status,
      el("td", { text: formatDate(doc.updated_at) }),
      el("td", {}, remove),
    );
  }

  function progress(value) {
    const bar = $("doc-progress");
    show(bar, value !== null);
    if (value === undefined) bar.removeAttribute("value");  // indeterminate: the server is indexing
    else if (value !== null) bar.value = value;
  }

  /* XMLHttpRequest, not fetch: only it reports how much of an upload has been sent. */
  function uploadOne(file) {
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", "/v1/admin/documents");
      request.setRequestHeader("Authorization", `Bearer ${token()}`);
      request.upload.addEventListener("progress", (event) => {
        if (!event.lengthComputable) return;
        const pct = Math.round((event.loaded / event.total) * 100);
        progress(pct);
        setStatus("doc-status", t("uploading", { name: file.name, pct }));
      });
      request.upload.addEventListener("load", () => {
        progress(undefined);
        setStatus("doc-status", t("indexing", { name: file.name }));
      });
      request.addEventListener("load", () => {
        progress(null);
        if (request.status === 401) {
          signOut(t("badToken"));
          return resolve(false);
        }
        let body = {};
        try { body = JSON.parse(request.responseText); } catch (_) { /* not JSON: reported below */ }
        if (request.status === 200 || request.status === 201) {
          const doc = body.document;
          setStatus("doc-status", t("uploaded", { name: doc.id, chunks: doc.chunks, status: t(`status_${doc.status}`) }), "ok");
          return resolve(true);
        }
        const detail = body.message || body.detail || `HTTP ${request.status}`;
        setStatus("doc-status", `${file.name}: ${t("failed", { reason: detail })}`, "error");
        resolve(false);
      });
      request.addEventListener("error", () => {
        progress(null);
        setStatus("doc-status", t("failed", { reason: "network" }), "error");
        resolve(false);
      });
      const form = new FormData();
      form.append("file", file, file.name);
      request.send(form);
    });
  }

  async function upload(files) {
    for (const file of files) {
      if (!(await uploadOne(file))) break;
    }
    $("upload").value = "";
    await LOADERS.documents();
  }

  async function removeDocument(id) {
    if (!window.confirm(t("confirmDelete", { name: id }))) return;
    progress(undefined);
    setStatus("doc-status", t("deleting", { name: id }));
    try {
      const report = await json(`/v1/admin/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
      setStatus("doc-status", ingestSummary(report), "ok");
    } catch (error) {
      failed("doc-status", error);
    }
    progress(null);
    await LOADERS.documents();
  }

  async function reindex() {
    progress(undefined);
    setStatus("doc-status", t("reindexing"));
    try {
      setStatus("doc-status", ingestSummary(await json("/v1/admin/reindex", { method: "POST" })), "ok");
    } catch (error) {
      failed("doc-status", error);
    }
    progress(null);
    await LOADERS.documents();
  }

  /* ---- gaps ---- */

  LOADERS.gaps = async () => {
    const days = $("gap-days").value;
    setStatus("gap-status", t("loading"));
    try {
      const { groups } = await json(`/v1/admin/gaps?since_days=${encodeURIComponent(days)}`);
      renderGaps(groups);
    } catch (error) {
      failed("gap-status", error);
    }
  };

  function renderGaps(groups) {
    const showHandled = $("show-handled").checked;
    const shown = groups.filter((g) => showHandled || !g.handled);
    const hidden = groups.length - shown.length;
    const parts = [];
    if (!groups.length) parts.push(t("noGaps"));
    if (hidden) parts.push(t("hiddenHandled", { n: hidden }));
    setStatus("gap-status", parts.join(" "));
    $("gaps").replaceChildren(...shown.map((group) => gapGroup(group, groups)));
  }

  function gapGroup(group, all) {
    const mark = el("button", {
      type: "button", class: group.handled ? "small" : "primary small",
      text: group.handled ? t("reopen") : t("markHandled"),
      onclick: async () => {
        mark.disabled = true;
        try {
          const updated = await json(`/v1/admin/gaps/${encodeURIComponent(group.id)}/handled`, {
            method: group.handled ? "DELETE" : "POST",
          });
          renderGaps(all.map((g) => (g.id === updated.id ? updated : g)));
        } catch (error) {
          mark.disabled = false;
          failed("gap-status", error);
        }
      },
    });
    const count = el("span", { class: "count", testid: "gap-count", text: group.count });
    const summary = el(
      "summary", {},
      count,
      el("span", { class: "label", text: group.label }),
      group.handled ? el("span", { class: "badge handled", text: t("handled") }) : null,
      el("span", { class: "muted small", text: group.count === 1 ? t("askedOnce") : t("asked", { n: group.count }) }),
    );
    const facts = el(
      "dl", { class: "facts" },
      el("dt", { text: t("terms") }), el("dd", { text: group.terms.join(", ") || "—" }),
      el("dt", { text: t("firstSeen") }), el("dd", { text: formatDate(group.first_seen) }),
      el("dt", { text: t("lastSeen") }), el("dd", { text: formatDate(group.last_seen) }),
      el("dt", { text: t("closest") }), el("dd", { text: group.closest_document || t("none") }),
    );
    const questions = el("ul", { class: "questions" }, group.questions.map((q) => el("li", { text: q })));
    const details = el(
      "details", {
        class: group.handled ? "gap handled" : "gap", testid: "gap-group", "data-id": group.id,
        open: openGroups.has(group.id),
      },
      summary,
      el("div", { class: "body" }, facts, el("h3", { text: t("questionsAsked") }), questions, mark),
    );
    details.addEventListener("toggle", () => {
      if (details.open) openGroups.add(group.id);
      else openGroups.delete(group.id);
    });
    return details;
  }

  /* ---- feedback ---- */

  LOADERS.feedback = async () => {
    $("th-up").replaceChildren(thumb(false));
    $("th-down").replaceChildren(thumb(true));
    try {
      const { disliked, documents } = await json("/v1/admin/feedback");
      const ratings = $("ratings");
      ratings.replaceChildren();
      if (!documents.length) ratings.append(el("tr", {}, el("td", { colspan: "3", text: t("noRatings") })));
      for (const doc of documents) {
        ratings.append(el(
          "tr", { testid: "document-rating" },
          el("td", {}, el("div", { text: doc.title || doc.document }), el("div", { class: "muted small", text: doc.document })),
          el("td", { class: "num up", text: doc.up }),
          el("td", { class: "num down", text: doc.down }),
        ));
      }
      setStatus("feedback-status", disliked.length ? "" : t("noDisliked"));
      $("disliked").replaceChildren(...disliked.map(dislikedCard));
    } catch (error) {
      failed("feedback-status", error);
    }
  };

  function dislikedCard(item) {
    const sources = el("ol", { class: "sources" }, item.citations.map((c) =>
      el("li", {},
        el("strong", { text: c.title || c.document }),
        c.section && c.section !== c.title ? ` › ${c.section}` : "",
        c.page ? ` (${t("page")} ${c.page})` : "",
        el("div", { class: "muted small", text: c.document }),
        c.snippet ? el("blockquote", { text: c.snippet }) : null),
    ));
    return el(
      "li", { class: "card", testid: "disliked-answer" },
      el("div", { class: "card-head" }, thumb(true), el("span", { class: "muted small", text: formatDate(item.rated_at) }),
        item.answered ? null : el("span", { class: "badge", text: t("abstainedTag") })),
      el("h3", { text: item.question }),
      el("p", { class: "answer", text: item.answer }),
      item.citations.length ? el("div", {}, el("h4", { text: t("sources") }), sources) : null,
      item.comment ? el("p", { class: "comment" }, el("strong", { text: `${t("comment")}: ` }), item.comment) : null,
    );
  }

  /* ---- activity ---- */

  LOADERS.activity = async () => {
    const days = Number($("activity-days").value);
    try {
      const activity = await json(`/v1/admin/activity?days=${days}`);
      const total = activity.days.reduce((n, d) => n + d.questions, 0);
      const answered = activity.days.reduce((n, d) => n + d.answered, 0);
      const pct = total ? Math.round((answered / total) * 100) : 0;
      setStatus("activity-summary", t("activitySummary", { n: total, days, pct }));
      $("chart").replaceChildren(chart(activity.days));
    } catch (error) {
      failed("activity-summary", error);
    }
  };

  /* Stacked bars: answered questions at the bottom, the rest above; a line for the share answered. */
  function chart(days) {
    const width = 900, height = 260, left = 40, bottom = 28, top = 12, right = 40;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = Math.max(1, ...days.map((d) => d.questions));
    const step = plotW / days.length;
    const root = svg("svg", {
      viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-labelledby": "chart-title",
    });
    const title = svg("title", { id: "chart-title" });
    title.textContent = t("chartTitle");
    root.append(title);
    for (const fraction of [0, 0.5, 1]) {
      const y = top + plotH * (1 - fraction);
      root.append(svg("line", { x1: left, x2: left + plotW, y1: y, y2: y, class: "gridline" }));
      const label = svg("text", { x: left - 6, y: y + 4, class: "axis", "text-anchor": "end" });
      label.textContent = String(Math.round(max * fraction));
      root.append(label);
      const share = svg("text", { x: left + plotW + 6, y: y + 4, class: "axis share" });
      share.textContent = `${Math.round(fraction * 100)} %`;
      root.append(share);
    }
    const points = [];
    days.forEach((day, i) => {
      const x = left + i * step + step * 0.15;
      const w = Math.max(step * 0.7, 1);
      const hAll = (day.questions / max) * plotH;
      const hYes = (day.answered / max) * plotH;
      const bar = svg("g", { class: "day" });
      const tip = svg("title");
      tip.textContent = `${day.date}: ${day.questions} (${day.answered} ${t("answered")})`;
      bar.append(tip);
      bar.append(svg("rect", { x, y: top + plotH - hAll, width: w, height: hAll - hYes, class: "abstained" }));
      bar.append(svg("rect", { x, y: top + plotH - hYes, width: w, height: hYes, class: "answered" }));
      root.append(bar);
      if (day.questions) points.push(`${x + w / 2},${top + plotH * (1 - day.answered / day.questions)}`);
      if (i % Math.ceil(days.length / 10) === 0 || i === days.length - 1) {
        const label = svg("text", { x: x + w / 2, y: height - 8, class: "axis", "text-anchor": "middle" });
        label.textContent = day.date.slice(5);
        root.append(label);
      }
    });
    if (points.length > 1) root.append(svg("polyline", { points: points.join(" "), class: "share-line" }));
    return root;
  }

  /* ---- search ---- */

  async function search(query) {
    setStatus("search-status", t("loading"));
    try {
      const response = await fetch("/v1/search", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ query, k: 10 }),
      });
      if (!response.ok) throw new Error(await reason(response));
      const { results } = await response.json();
      setStatus("search-status", results.length ? "" : t("noResults"));
      $("results").replaceChildren(...results.map((r) => el(
        "li", { class: "card", testid: "search-result" },
        el("h3", { text: r.title }),
        el("div", { class: "muted small" },
          r.section && r.section !== r.title ? `${t("section")}: ${r.section} · ` : "",
          r.document, r.page ? ` · ${t("page")} ${r.page}` : ""),
        el("p", { text: r.text }),
      )));
    } catch (error) {
      failed("search-status", error);
    }
  }

  /* ---- export ---- */

  async function download(path, name) {
    try {
      const blob = await (await api(path)).blob();
      const url = URL.createObjectURL(blob);
      const link = el("a", { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus("export-status", t("downloaded", { name }), "ok");
    } catch (error) {
      failed("export-status", error);
    }
  }

  async function erase() {
    if (!window.confirm(t("confirmErase"))) return;
    try {
      const { deleted } = await json("/v1/admin/questions", { method: "DELETE" });
      setStatus("export-status", t("erased", { n: deleted }), "ok");
    } catch (error) {
      failed("export-status", error);
    }
  }

  /* ---- language ---- */

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = `${t("title")} · UM`;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const button of document.querySelectorAll("[data-set-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.setLang === lang));
    }
  }

  function start() {
    applyLanguage();
    for (const button of document.querySelectorAll("[data-set-lang]")) {
      button.addEventListener("click", () => {
        lang = button.dataset.setLang;
        sessionStorage.setItem(LANG_KEY, lang);
        applyLanguage();
        if (!$("app").hidden) select(current, false);
      });
    }
    $("login-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const value = $("token").value.trim();
      if (value) signIn(value);
    });
    $("logout").addEventListener("click", () => signOut(""));
    for (const tab of tabs()) {
      tab.addEventListener("click", () => select(tab.dataset.tab, false));
      tab.addEventListener("keydown", onTabKey);
    }
    $("upload").addEventListener("change", (event) => upload(Array.from(event.target.files)));
    const zone = $("dropzone");
    zone.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        $("upload").click();
      }
    });
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      upload(Array.from(event.dataTransfer.files));
    });
    $("reindex").addEventListener("click", reindex);
    $("gap-days").addEventListener("change", LOADERS.gaps);
    $("show-handled").addEventListener("change", LOADERS.gaps);
    $("activity-days").addEventListener("change", LOADERS.activity);
    $("search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const query = $("search-query").value.trim();
      if (query) search(query);
    });
    for (const button of document.querySelectorAll("[data-export]")) {
      button.addEventListener("click", () => download(button.dataset.export, button.dataset.file));
    }
    $("erase").addEventListener("click", erase);
    if (token()) signIn(token());
    else signOut("");
  }

  start();
})();
