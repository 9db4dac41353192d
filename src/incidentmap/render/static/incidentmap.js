/* incidentmap's map page: markers, popups, district shading and counts, panels, the date
 * filter and the permalink. Inlined into map.html by incidentmap/render/assets.py; the data
 * comes from incidentmap/render/data.py, whose row layouts travel with it (data.fields).
 *
 * Report text reaches the page only through textContent, and only http(s) URLs become
 * links: a report can never inject markup or script.
 *
 * The date filter drives everything drawn from the places. A mention is in the window
 * when its day is (or when it has no date); a place shows when one of the mentions that
 * make its role is in the window; a district counts the incident places that show, their
 * mentions in the window and the reports of those mentions. With no filter the counts are
 * those of districts.geojson.
 */
var incidentmap = (function () {
  "use strict";
  var api = {}, S, D, F, M, DOC, T, map, cfg, stats, shown, tip;
  var areaShapes = {}, overlays = {}, panels = [], listeners = [], timeFrom = "", timeTo = "";
  var GROUPS = ["high", "medium", "low", "context"], CONTEXT = 3, ANIMATE_MAX = 5000;
  var NARROW = window.matchMedia("(max-width: 640px)");

  function str(i) { return i === null || i === undefined ? null : S[i]; }
  function el(tag, text, cls, parent) {
    var node = document.createElement(tag);
    if (text !== null && text !== undefined) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url); }
  function positions(names) {
    var out = {};
    names.forEach(function (name, i) { out[name] = i; });
    return out;
  }
  function onNarrow(apply) {
    apply(NARROW.matches);
    NARROW.addEventListener("change", function (e) { apply(e.matches); });
  }

  // --- the window of event dates -------------------------------------------------------

  function filtered() { return !!(timeFrom || timeTo); }
  function inWindow(day) {
    if (day === null || day === undefined || !filtered()) { return true; }
    var d = D.days[day];
    return (!timeFrom || d >= timeFrom) && (!timeTo || d <= timeTo);
  }
  function windowLabel() {
    return (timeFrom || D.days[0]) + " \u2013 " + (timeTo || D.days[D.days.length - 1]);
  }

  function shows(p) {
    if (!filtered()) { return true; }
    var tally = p[F.tally], context = p[F.group] === CONTEXT, deciding = false;
    for (var k = 0; k < tally.length; k++) {
      if (context || tally[k][T.incident]) {
        if (inWindow(tally[k][T.day])) { return true; }
        deciding = true;
      }
    }
    return !deciding;  // nothing dated decides: it always shows
  }

  function count() {
    var groups = [0, 0, 0, 0], districts = {};
    D.places.forEach(function (p, i) {
      shown[i] = shows(p) ? 1 : 0;
      if (!shown[i]) { return; }
      groups[p[F.group]] += 1;
      var id = str(p[F.district]);
      if (p[F.group] === CONTEXT || id === null) { return; }
      var d = districts[id] || (districts[id] = {places: [], mentions: 0, reports: 0, docs: {}});
      d.places.push(str(p[F.name]));
      p[F.tally].forEach(function (t) {
        if (!inWindow(t[T.day])) { return; }
        d.mentions += t[T.n];
        if (!d.docs[t[T.doc]]) { d.docs[t[T.doc]] = true; d.reports += 1; }
      });
    });
    Object.keys(districts).forEach(function (id) { districts[id].places.sort(); });
    return {groups: groups, districts: districts};
  }

  function setTime(from, to) {
    timeFrom = from || ""; timeTo = to || "";
    stats = count();
    GROUPS.forEach(fill);
    cfg.districts.setStyle(districtStyle);
    listeners.forEach(function (listener) { listener(); });
  }

  // --- districts -------------------------------------------------------------------------

  function districtStats(id) {
    return stats.districts[id] || {places: [], mentions: 0, reports: 0};
  }
  function fillColour(n) {
    var colour = null;
    D.breaks.forEach(function (bound, i) { if (n >= bound) { colour = D.fills[i]; } });
    return colour;
  }
  function districtStyle(feature) {
    var fill = fillColour(districtStats(feature.properties.district_id).places.length);
    return {fillColor: fill || "#ffffff", fillOpacity: fill ? 0.7 : 0, color: "#6f7b8a",
            weight: 0.7};
  }

  api.districtTooltip = function (props) {
    var d = districtStats(props.district_id), root = el("div");
    el("b", props.district, null, root);
    el("div", props.province, null, root);
    el("div", "Incident places: " + d.places.length, null, root);
    el("div", "Mentions: " + d.mentions + ", reports: " + d.reports, null, root);
    if (d.places.length) {
      var more = d.places.length > 12 ? " \u2026 and " + (d.places.length - 12) + " more" : "";
      el("div", "Places: " + d.places.slice(0, 12).join(", ") + more, null, root);
    }
    if (filtered()) { el("div", "Event dates " + windowLabel(), "note", root); }
    return root;
  };

  // Called by the districts layer for each feature, before init.
  api.district = function (feature, layer) {
    layer.bindTooltip(function () { return api.districtTooltip(feature.properties); },
                      {sticky: true, className: "incidentmap-district-tip"});
    layer.on("mouseover", function () { layer.setStyle({weight: 2.5, color: "#222222"}); });
    layer.on("mouseout", function () { layer.setStyle(districtStyle(feature)); });
  };

  // --- popups ----------------------------------------------------------------------------

  // A link that opens the source at the sentence (a text fragment, #:~:text=start,end).
  api.textFragment = function (url, excerpt) {
    var words = excerpt.trim().split(/\s+/).filter(Boolean);
    if (words.length && words[0].charAt(0) === "\u2026") { words.shift(); }
    if (words.length && words[words.length - 1].slice(-1) === "\u2026") { words.pop(); }
    if (!words.length) { return url; }
    function enc(list) { return encodeURIComponent(list.join(" ")).replace(/-/g, "%2D"); }
    var spec = words.length <= 10 ? enc(words)
      : enc(words.slice(0, 5)) + "," + enc(words.slice(-5));
    return url.split("#")[0] + "#:~:text=" + spec;
  };

  function placeHeader(p, root) {
    el("h4", str(p[F.name]), null, root);
    el("div", str(p[F.where]) || "Outside the district layer", null, root);
    var group = GROUPS[p[F.group]];
    el("div", (group === "context" ? "Mentioned only, nothing reported here; confidence "
               : "Confidence: " + group + ", ") + Number(p[F.confidence]).toFixed(2), "conf", root);
  }

  function placeReasons(p, root) {
    var why = el("ul", null, null, root);
    p[F.why].forEach(function (w) { el("li", str(w), null, why); });
  }

  function eventDate(m) {
    var day = m[M.day], precision = str(m[M.day_precision]);
    var words = D.precisions[precision] || precision;
    return "Event date: " + (day === null ? "unknown" : D.days[day] + " (" + words + ")");
  }

  function excerpts(p, root) {
    p[F.mentions].forEach(function (m) {
      var doc = D.docs[m[M.doc]], excerpt = str(m[M.excerpt]), q = el("blockquote", null, null, root);
      var start = m[M.start], end = m[M.start] + m[M.length];
      el("span", excerpt.slice(0, start), null, q);
      el("mark", excerpt.slice(start, end), null, q);
      el("span", excerpt.slice(end), null, q);
      var src = el("div", null, "src", q), url = str(doc[DOC.url]);
      var label = [str(doc[DOC.title]), str(doc[DOC.publisher])].filter(Boolean).join(" \u00b7 ");
      label = label || str(doc[DOC.doc_id]) || "source";
      if (isHttp(url)) {
        var a = el("a", label, null, src);
        a.href = api.textFragment(url, excerpt);
        a.target = "_blank"; a.rel = "noopener noreferrer";
      } else { el("span", label, null, src); }
      if (str(doc[DOC.published])) { el("span", " \u00b7 published " + str(doc[DOC.published]), null, src); }
      if (!m[M.incident]) { el("span", " (mentioned in passing)", null, src); }
      el("div", eventDate(m), "when", q);
    });
    if (p[F.more] > 0) { el("div", "\u2026 and " + p[F.more] + " more mention(s)", "src", root); }
  }

  // A popup is these sections in order; each adds its part for one place.
  api.sections = [placeHeader, placeReasons, excerpts];

  api.popup = function (i) {
    var p = D.places[i], root = el("div");
    api.sections.forEach(function (section) { section(p, root, i); });
    return root;
  };

  // --- place overlays ----------------------------------------------------------------------

  function hatchPatterns() {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
    svg.style.position = "absolute";
    var defs = document.createElementNS(ns, "defs");
    GROUPS.forEach(function (g) {
      var pattern = document.createElementNS(ns, "pattern");
      var line = document.createElementNS(ns, "line");
      pattern.setAttribute("id", "incidentmap-hatch-" + g);
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("width", "8"); pattern.setAttribute("height", "8");
      pattern.setAttribute("patternTransform", "rotate(45)");
      line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
      line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
      line.setAttribute("stroke", cfg.colours[g]); line.setAttribute("stroke-width", "1.5");
      pattern.appendChild(line); defs.appendChild(pattern);
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  // Markers are handed to the cluster group only while it is on the map: off the map,
  // markercluster checks each new marker against its whole waiting list (quadratic).
  function fill(key) {
    var o = overlays[key];
    o.done = false; o.filled = map.hasLayer(o.group);
    if (!o.filled) { return; }
    o.cluster.clearLayers(); o.areas.clearLayers();
    o.cluster.addLayers(o.markers.filter(function (mk) { return shown[mk._im]; }));
    o.shapes.forEach(function (s) { if (shown[s._im]) { o.areas.addLayer(s); } });
  }

  // On narrow screens the controls span the map's width: popups open between them.
  function popupOptions() {
    var width = map.getSize().x, options = {
      maxWidth: Math.min(420, width - 100), minWidth: Math.min(260, width - 100),
      className: "incidentmap-popup", autoPanPadding: [20, 20]
    };
    if (NARROW.matches) {
      var box = map.getContainer().getBoundingClientRect(), top = 0, bottom = 0;
      map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {
        var r = c.getBoundingClientRect();
        if (r.top - box.top < box.height / 2) { top = Math.max(top, r.bottom - box.top); }
        else { bottom = Math.max(bottom, box.bottom - r.top); }
      });
      options.autoPanPaddingTopLeft = [10, top + 10];
      options.autoPanPaddingBottomRight = [10, bottom + 10];
    }
    return options;
  }

  function openPopup(e) {
    var i = e.layer && e.layer._im;
    if (i === undefined) { return; }
    L.popup(popupOptions())
      .setLatLng(e.layer.getLatLng ? e.layer.getLatLng() : e.latlng)
      .setContent(api.popup(i)).openOn(map);
  }

  function hoverPlace(e) {
    if (!e.layer || e.layer._im === undefined) { return; }
    cfg.districts.eachLayer(function (l) { l.closeTooltip(); });  // one tooltip at a time
    tip.setContent(el("span", str(D.places[e.layer._im][F.name])));
    tip.setLatLng(e.layer.getLatLng ? e.layer.getLatLng() : e.latlng);
    map.openTooltip(tip);
  }

  api.overlay = function (key) {
    var colour = cfg.colours[key], g = GROUPS.indexOf(key), icons = {}, o;
    [1, 2, 3].forEach(function (prec) {
      var size = [14, 22, 30][prec - 1];
      icons[prec] = L.divIcon({html: "", iconSize: [size, size],
        className: "incidentmap-marker incidentmap-" + key + " incidentmap-p" + prec});
    });
    var cluster = L.markerClusterGroup({
      maxClusterRadius: 40, chunkedLoading: true, chunkInterval: 250, chunkDelay: 16,
      showCoverageOnHover: false,
      animate: D.places.length <= ANIMATE_MAX,  // animated zooms crawl with many markers
      iconCreateFunction: function (c) {
        var n = c.getChildCount(), size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
        return L.divIcon({html: "<div>" + Number(n) + "</div>", iconSize: [size, size],
          className: "incidentmap-cluster incidentmap-" + key});
      },
      chunkProgress: function (done, total) { if (done >= total) { o.done = true; } }
    });
    o = overlays[key] = {cluster: cluster, areas: L.featureGroup(), markers: [], shapes: []};
    D.places.forEach(function (p, i) {
      if (p[F.group] !== g) { return; }
      var prec = Math.min(Math.max(p[F.precision] || 1, 1), 3);
      var marker = L.marker([p[F.lat], p[F.lon]], {icon: icons[prec]});
      marker._im = i; o.markers.push(marker);
      var area = areaShapes[str(p[F.area])];
      if (prec > 1 && area) {
        var province = str(p[F.area]).slice(0, 2) === "p:";
        var shape = L.GeoJSON.geometryToLayer(area, {
          pane: "incidentmapAreas", color: colour, weight: province ? 3 : 2, dashArray: "6 4",
          fill: !province, fillColor: "url(#incidentmap-hatch-" + key + ")", fillOpacity: 0.8,
          className: "incidentmap-area incidentmap-area-" + key
        });
        shape._im = i; o.shapes.push(shape);
      }
    });
    [cluster, o.areas].forEach(function (layer) {
      layer.on("click", openPopup);
      layer.on("mouseover", hoverPlace);
      layer.on("mouseout", function () { map.closeTooltip(tip); });
    });
    o.group = L.featureGroup([o.areas, cluster]);
    o.group.on("add", function () { if (!o.filled) { fill(key); } });
    return o.group;
  };

  api.init = function (leafletMap, data, options) {
    map = leafletMap; D = data; S = data.s; cfg = options;
    F = positions(D.fields.place); M = positions(D.fields.mention);
    DOC = positions(D.fields.doc); T = positions(D.fields.tally);
    shown = new Uint8Array(D.places.length);
    stats = count();
    tip = L.tooltip({direction: "top", offset: [0, -8], className: "incidentmap-place-tip"});
    hatchPatterns();
    options.districts.options.style = districtStyle;
    options.districts.setStyle(districtStyle);
    options.districts.eachLayer(function (l) {
      areaShapes["d:" + l.feature.properties.district_id] = l.feature;
    });
    if (options.provinces) {
      options.provinces.eachLayer(function (l) {
        areaShapes["p:" + l.feature.properties.province] = l.feature;
      });
    }
  };

  // True once the markers of every overlay shown are placed and the map stands still
  // (no zoom, and no cluster splitting or merging, under way).
  api.ready = function () {
    return !!api.layers && !map._animatingZoom && GROUPS.every(function (k) {
      var o = overlays[k];
      return !map.hasLayer(o.group) || (o.done && !o.cluster._inZoomAnimation);
    });
  };

  // --- panels ------------------------------------------------------------------------------

  // A control box whose heading opens and closes it: open on wide screens, closed on
  // narrow ones, where opening one closes the others.
  function panel(position, key, label, build) {
    var control = L.control({position: position}), box, head, entry = {key: key};
    entry.open = function (yes) {
      if (yes && NARROW.matches) {
        panels.forEach(function (other) { if (other !== entry) { other.open(false); } });
      }
      box.classList.toggle("incidentmap-closed", !yes);
      head.setAttribute("aria-expanded", String(yes));
    };
    control.onAdd = function () {
      box = L.DomUtil.create("div", "incidentmap-box incidentmap-panel incidentmap-panel-" + key);
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      head = el("button", label, "incidentmap-toggle", box);
      head.type = "button";
      head.addEventListener("click", function () {
        entry.open(box.classList.contains("incidentmap-closed"));
      });
      build(el("div", null, "incidentmap-panel-body", box), head);
      return box;
    };
    control.addTo(map);
    panels.push(entry);
    onNarrow(function (narrow) { entry.open(!narrow); });
    return entry;
  }

  function layerPanel(layers, labels) {
    return function (body) {
      var counts = {};
      Object.keys(layers).forEach(function (key) {
        var row = el("label", null, "incidentmap-layer", body), box = el("input", null, null, row);
        box.type = "checkbox"; box.name = key; box.checked = map.hasLayer(layers[key]);
        var symbol = key === "districts" ? "incidentmap-swatch incidentmap-swatch-district"
          : "incidentmap-marker incidentmap-p1 incidentmap-" + key;
        el("span", null, symbol, row);
        el("span", labels[key], null, row);
        counts[key] = el("span", null, "count", row);
        box.addEventListener("change", function () {
          if (box.checked) { map.addLayer(layers[key]); } else { map.removeLayer(layers[key]); }
        });
        layers[key].on("add remove", function () { box.checked = map.hasLayer(layers[key]); });
      });
      function update() {
        Object.keys(counts).forEach(function (key) {
          var n = key === "districts" ? Object.keys(stats.districts).length
            : stats.groups[GROUPS.indexOf(key)];
          var all = key === "districts" ? null : D.counts[key];
          counts[key].textContent = " (" + n + (filtered() && all !== null ? " of " + all : "") + ")";
        });
      }
      listeners.push(update);
      update();
    };
  }

  function datePanel(body, head) {
    var first = D.days[0], last = D.days[D.days.length - 1];
    var inputs = ["from", "to"].map(function (label) {
      var row = el("label", label + " ", null, body), input = el("input", null, null, row);
      input.type = "date"; input.name = label; input.min = first; input.max = last;
      el("br", null, null, body);
      input.addEventListener("change", function () {
        var from = inputs[0].value, to = inputs[1].value;  // the full range is no filter
        setTime(from === first ? "" : from, to === last ? "" : to);
      });
      return input;
    });
    var reset = el("button", "All dates", null, body);
    reset.type = "button";
    reset.addEventListener("click", function () { setTime("", ""); });
    el("div", "Places from undated reports always show.", "note", body);
    function update() {
      inputs[0].value = timeFrom || first; inputs[1].value = timeTo || last;
      head.textContent = "Event dates" + (filtered() ? ": " + windowLabel() : "");
    }
    listeners.push(update);
    update();
  }

  // Full sources on wide screens; one line that opens when tapped on narrow ones.
  function attributionControl(text) {
    var control = map.attributionControl, box = control.getContainer();
    control.setPrefix(false);
    control.addAttribution(text);
    box.title = "Sources and licences";
    function compact(yes) { box.classList.toggle("incidentmap-compact", yes); }
    box.addEventListener("click", function (e) {
      if (box.classList.contains("incidentmap-compact")) { e.preventDefault(); compact(false); }
    });
    map.on("click", function () { if (NARROW.matches) { compact(true); } });
    onNarrow(compact);
  }

  // --- page controls and permalink ----------------------------------------------------------

  api.controls = function (legend, attribution, layers, labels) {
    api.layers = layers;
    attributionControl(attribution);
    L.control.scale({position: "bottomright"}).addTo(map);
    panel("bottomright", "legend", "Legend", function (body) { body.innerHTML = legend; });
    panel("topright", "layers", "Layers", layerPanel(layers, labels));
    if (cfg.time) { panel("topleft", "dates", "Event dates", datePanel); }
    // Permalink: view, open layers and the date filter live in the URL hash.
    function writeHash() {
      var c = map.getCenter(), on = Object.keys(layers).filter(function (k) {
        return map.hasLayer(layers[k]);
      });
      var hash = "#map=" + map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4) +
        "&layers=" + on.join(",");
      if (timeFrom) { hash += "&from=" + timeFrom; }
      if (timeTo) { hash += "&to=" + timeTo; }
      if (location.hash !== hash) { history.replaceState(null, "", hash); }
    }
    function readHash() {
      var params = new URLSearchParams(location.hash.slice(1)), view = false;
      var v = /^(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(params.get("map") || "");
      if (v) { map.setView([+v[2], +v[3]], +v[1], {animate: false}); view = true; }
      if (params.has("layers")) {
        var on = params.get("layers").split(",");
        Object.keys(layers).forEach(function (k) {
          var want = on.indexOf(k) >= 0;
          if (want && !map.hasLayer(layers[k])) { map.addLayer(layers[k]); }
          if (!want && map.hasLayer(layers[k])) { map.removeLayer(layers[k]); }
        });
      }
      var date = /^\d{4}-\d{2}-\d{2}$/, from = params.get("from"), to = params.get("to");
      from = date.test(from || "") ? from : ""; to = date.test(to || "") ? to : "";
      if (cfg.time && (from !== timeFrom || to !== timeTo)) { setTime(from, to); }
      return view;
    }
    listeners.push(writeHash);
    if (!readHash() && D.bounds) {
      map.fitBounds(D.bounds, {maxZoom: 9, padding: [40, 40], animate: false});
    }
    map.on("moveend", writeHash);
    Object.keys(layers).forEach(function (k) { layers[k].on("add remove", writeHash); });
    window.addEventListener("hashchange", readHash);
  };

  api.overlays = overlays;
  api.panels = panels;
  api.data = function () { return D; };
  api.map = function () { return map; };
  api.stats = function () { return stats; };
  api.setTime = setTime;
  api.inWindow = inWindow;
  return api;
})();
