// The admin page: everything from the server is shown with textContent (file names and reports are never HTML).
"use strict";

(function () {
  const KEY = "telusur-admin-key";
  const main = document.querySelector(".ad-main");
  const root = main.dataset.root || "";
  const fromPath = location.pathname.match(/\/c\/([a-z0-9][a-z0-9_-]*)\/admin\/?$/);
  const $ = (id) => document.getElementById(id);
  let current = fromPath ? fromPath[1] : null;
  let limits = null;
  let polling = null;
  let rebuildSaid = false;  // the message says "sedang dibangun ulang": replace it once the build is over

  function say(text, kind) {
    const box = $("ad-message");
    box.textContent = text || "";
    box.className = "ad-message" + (kind ? " ad-" + kind : "");
    box.setAttribute("role", kind === "error" ? "alert" : "status");
  }

  async function call(method, path, body) {
    const headers = { Authorization: "Bearer " + sessionStorage.getItem(KEY) };
    if (body !== undefined && !(body instanceof FormData)) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(body);
    }
    const response = await fetch(root + path, { method, headers, body, cache: "no-store" });
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (!response.ok) {
      if (response.status === 401 || response.status === 403) showLogin();
      throw new Error(data.error || "Server menjawab HTTP " + response.status + ".");
    }
    return data;
  }

  function showLogin() {
    sessionStorage.removeItem(KEY);
    $("ad-panel").hidden = true;
    $("ad-login").hidden = false;
    stopPolling();
  }

  async function login(event) {
    if (event) event.preventDefault();
    const typed = $("ad-key").value.trim();
    if (typed) sessionStorage.setItem(KEY, typed);
    if (!sessionStorage.getItem(KEY)) return;
    try {
      const data = await call("GET", "/api/admin/collections");
      $("ad-key").value = "";
      $("ad-login").hidden = true;
      $("ad-panel").hidden = false;
      limits = data.limits;
      $("ad-limits").textContent = "Batas: " + limits.max_file_mb + " MB per berkas, " +
        limits.max_collection_mb + " MB per koleksi. Jenis berkas diperiksa dari isinya.";
      fillCollections(data.collections);
      say("");
    } catch (e) {
      say(e.message, "error");
    }
  }

  function fillCollections(collections) {
    const select = $("ad-collection");
    select.replaceChildren();
    for (const c of collections) {
      const option = document.createElement("option");
      option.value = c.name;
      option.textContent = c.title === c.name ? c.name : c.title + " (" + c.name + ")";
      select.append(option);
    }
    if (!collections.some((c) => c.name === current)) current = collections.length ? collections[0].name : null;
    if (current) select.value = current;
    showCollection();
  }

  function showCollection() {
    const has = Boolean(current);
    $("ad-chat-link").hidden = !has;
    if (has) $("ad-chat-link").href = root + "/c/" + encodeURIComponent(current) + "/";
    for (const id of ["ad-file", "ad-upload"]) $(id).disabled = !has;
    if (!has) {
      $("ad-state").textContent = "Belum ada koleksi: buat satu dulu.";
      return;
    }
    refresh();
  }

  async function refresh() {
    if (!current) return;
    try {
      const status = await call("GET", "/c/" + encodeURIComponent(current) + "/api/status");
      render(status);
      const busy = status.state === "building" || status.state === "waiting";
      if (busy && !polling) polling = setInterval(refresh, 1000);
      if (!busy) {
        stopPolling();
        if (rebuildSaid) {
          rebuildSaid = false;
          if (status.state === "failed") say("Pembangunan indeks gagal: lihat keterangannya di bagian Indeks.", "error");
          else say(status.report ? "Indeks baru siap: " + status.report.chunks + " bagian teks dari " +
                   status.report.documents + " dokumen." : "Selesai: koleksi ini belum punya berkas untuk diindeks.", "ok");
        }
      }
    } catch (e) {
      say(e.message, "error");
    }
  }

  function stopPolling() {
    if (polling) clearInterval(polling);
    polling = null;
  }

  // What the state means for students depends on whether the collection already has an index to answer from.
  const STATES = {
    idle: ["Belum ada indeks: unggah berkas untuk membangunnya.",
           "Indeks siap; mahasiswa mendapat jawaban dari berkas di bawah."],
    waiting: ["Menunggu giliran membangun indeks pertama koleksi ini…",
              "Menunggu giliran membangun ulang indeks; mahasiswa tetap dijawab dari indeks yang ada."],
    building: ["Membangun indeks pertama; mahasiswa bisa bertanya setelah selesai.",
               "Membangun indeks baru; mahasiswa tetap dijawab dari indeks lama sampai selesai."],
    failed: ["Pembangunan indeks gagal; koleksi ini belum punya indeks yang bisa dipakai.",
             "Pembangunan indeks gagal; indeks lama tetap dipakai."],
  };

  function render(status) {
    const progress = $("ad-progress");
    const busy = status.state === "building" || status.state === "waiting";
    progress.hidden = !busy;
    if (status.state === "building" && status.total) {
      progress.max = status.total;
      progress.value = status.encoded;
    } else {
      progress.removeAttribute("value");  // reading the files: the number of passages is not known yet
    }
    const said = STATES[status.state];
    let text = said ? said[status.report ? 1 : 0] : status.state;
    if (status.state === "building" && status.total) {
      // The bar counts every text encoded (passages, their sentences and headings), more than the report's
      // passages: a share, not a count that would contradict the report.
      text += " Menyandikan teks: " + Math.floor((100 * status.encoded) / status.total) + "%.";
    }
    if (status.error) text += " " + status.error;
    $("ad-state").textContent = text;
    $("ad-state").className = status.state === "failed" ? "ad-error" : "";
    renderReport(status.report);
    renderFiles(status.files);
  }

  function cell(row, text, className, label) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (className) td.className = className;
    if (label) td.dataset.label = label;  // names the value where a phone shows each row as a block
    row.append(td);
    return td;
  }

  function renderFiles(files) {
    const body = $("ad-files").querySelector("tbody");
    body.replaceChildren();
    for (const f of files) {
      const row = document.createElement("tr");
      cell(row, f.name, "ad-name", "Nama");
      cell(row, (f.size / 1024).toFixed(f.size < 10240 ? 1 : 0) + " KB", "", "Ukuran");
      cell(row, f.modified.replace("T", " ").slice(0, 16), "", "Diubah");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "ad-delete";
      button.textContent = "Hapus";
      button.setAttribute("aria-label", "Hapus " + f.name);
      button.addEventListener("click", () => remove(f.name));
      row.append(document.createElement("td"));
      row.lastChild.className = "ad-action";
      row.lastChild.append(button);
      body.append(row);
    }
  }

  function renderReport(report) {
    const box = $("ad-report");
    box.replaceChildren();
    if (!report) return;  // the state line above already says there is no index yet
    const summary = document.createElement("p");
    summary.id = "ad-summary";
    summary.textContent = "Laporan indeks: " + report.documents + " dokumen, " +
      (report.pages ? report.pages + " halaman PDF, " : "") +
      report.chunks + " bagian teks, " + report.works + " karya dirujuk" +
      (report.built_at ? " (dibangun " + report.built_at.replace("T", " ").slice(0, 16) + ")" : "") + ".";
    box.append(summary);
    const files = report.files || [];
    if (!files.length) return;
    const wrap = document.createElement("div");
    wrap.className = "ad-table-wrap";
    const table = document.createElement("table");
    table.id = "ad-report-files";
    const head = table.createTHead().insertRow();
    for (const h of ["Berkas", "Status", "Format", "Halaman", "Keterangan"]) {
      const th = document.createElement("th");
      th.textContent = h;
      head.append(th);
    }
    const body = table.createTBody();
    for (const f of files) {
      const row = body.insertRow();
      const skipped = f.status !== "indexed";
      cell(row, f.path, "ad-name", "Berkas");
      const label = f.status === "failed" ? "gagal" : skipped ? "dilewati" : "diindeks";  // failed: telusur broke on it
      cell(row, label, skipped ? "ad-skipped" : "", "Status");
      cell(row, f.format, "", "Format");
      cell(row, f.pages, "", "Halaman");
      cell(row, skipped ? f.reason : (f.warnings || []).join("; "), "", "Keterangan");
    }
    wrap.append(table);
    box.append(wrap);
  }

  async function upload(event) {
    event.preventDefault();
    const files = Array.from($("ad-file").files);
    if (!current || !files.length) return;
    $("ad-upload").disabled = true;
    try {
      for (const file of files) {
        if (limits && file.size > limits.max_file_mb * 1024 * 1024) {
          throw new Error(file.name + ": melebihi batas " + limits.max_file_mb + " MB per berkas.");
        }
        const form = new FormData();
        form.append("file", file, file.name);
        say("Mengunggah " + file.name + "…");
        const data = await call("POST", "/c/" + encodeURIComponent(current) + "/api/files", form);
        render(data.status);  // the rebuild has started: show its bar at once
        say(file.name + " diunggah; indeks sedang dibangun" + (data.status.report ? " ulang." : "."), "ok");
        rebuildSaid = true;
      }
      $("ad-file").value = "";
    } catch (e) {
      say(e.message, "error");
    } finally {
      $("ad-upload").disabled = false;
      refresh();
    }
  }

  async function remove(name) {
    if (!confirm("Hapus " + name + " dari koleksi " + current + "?")) return;
    try {
      const data = await call("DELETE", "/c/" + encodeURIComponent(current) + "/api/files/" + encodeURIComponent(name));
      render(data.status);
      say(name + " dihapus; indeks sedang dibangun" + (data.status.report ? " ulang." : "."), "ok");
      rebuildSaid = true;
    } catch (e) {
      say(e.message, "error");
    }
    refresh();
  }

  async function create(event) {
    event.preventDefault();
    const name = $("ad-new-name").value.trim();
    try {
      await call("POST", "/api/collections", { name, title: $("ad-new-title").value.trim() || null });
      current = name;
      $("ad-new-name").value = "";
      $("ad-new-title").value = "";
      $("ad-new").open = false;
      say("Koleksi " + name + " dibuat; unggah berkasnya.", "ok");
      const data = await call("GET", "/api/admin/collections");
      fillCollections(data.collections);
    } catch (e) {
      say(e.message, "error");
    }
  }

  $("ad-login-form").addEventListener("submit", login);
  $("ad-upload-form").addEventListener("submit", upload);
  $("ad-new-form").addEventListener("submit", create);
  $("ad-logout").addEventListener("click", () => { showLogin(); say("Anda sudah keluar."); });
  $("ad-collection").addEventListener("change", (e) => {
    current = e.target.value;
    stopPolling();
    rebuildSaid = false;
    say("");
    showCollection();
  });
  if (sessionStorage.getItem(KEY)) login();
})();
