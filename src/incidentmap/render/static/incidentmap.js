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
 *
 * The event type filter works with it. An event shows when its type is ticked and its
 * day is in the window; with some type unticked, an incident place shows only when one of
 * its events shows (a place with no event counts as untyped). A district counts the
 * events that show at its places and adds up their fatalities: ACLED's count, one per
 * event, made by the build. Claims are shown side by side and never added up.
 */
var incidentmap = (function () {
  "use strict";
  var api = {}, S, D, F, M, DOC, T, E, C, map, cfg, stats, shown, kills, byPlace, tip;
  var areaShapes = {}, overlays = {}, panels = [], listeners = [], timeFrom = "", timeTo = "";
  var typeOff = {}, typeChoices;  // type key -> true while the type filter hides it
  var GROUPS = ["high", "medium", "low", "context"], CONTEXT = 3, ANIMATE_MAX = 5000;
  var UNTYPED = "untyped";
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

  function datesShow(p) {
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

  // --- the event types shown ------------------------------------------------------------

  function typeKey(e) { return e[E.type] === null ? UNTYPED : String(e[E.type]); }
  function typeFiltered() { return Object.keys(typeOff).length > 0; }
  function anyFilter() { return filtered() || typeFiltered(); }
  function eventShows(e) { return !typeOff[typeKey(e)] && inWindow(e[E.day]); }
  function typeName(key) { return key === UNTYPED ? "No type given" : D.types[+key]; }

  // The filter's choices: each type met, then "untyped" when an event or a place has none
  // (none at all on a page without events). Worked out once: the data does not change.
  function typeKeys() {
    if (typeChoices) { return typeChoices; }
    typeChoices = D.types.map(function (t, k) { return String(k); });
    var untyped = D.events.some(function (e) { return e[E.type] === null; }) ||
      D.places.some(function (p, i) { return p[F.group] !== CONTEXT && !byPlace[i]; });
    if (untyped && D.events.length) { typeChoices.push(UNTYPED); }
    return typeChoices;
  }
  function typesLabel() {
    var on = typeKeys().filter(function (key) { return !typeOff[key]; });
    return on.length ? on.map(typeName).join(", ") : "none";
  }

  function typesShow(p, i) {
    if (!typeFiltered() || p[F.group] === CONTEXT) { return true; }
    if (!byPlace[i]) { return !typeOff[UNTYPED]; }
    return byPlace[i].some(function (k) { return eventShows(D.events[k]); });
  }

  // The events of a place that show: how many, and the people they count as killed.
  var NO_EVENTS = {events: 0, fatalities: 0};
  function placeEvents(i) {
    if (!byPlace[i]) { return NO_EVENTS; }
    var out = {events: 0, fatalities: 0};
    byPlace[i].forEach(function (k) {
      var e = D.events[k];
      if (!eventShows(e)) { return; }
      out.events += 1;
      out.fatalities += e[E.fatalities] || 0;
    });
    return out;
  }

  // Events in the date window per type, whatever the type filter: the type panel's counts.
  function typeCounts() {
    var counts = {};
    D.events.forEach(function (e) {
      if (datesShow(D.places[e[E.place]]) && inWindow(e[E.day])) {
        counts[typeKey(e)] = (counts[typeKey(e)] || 0) + 1;
      }
    });
    return counts;
  }

  function count() {
    var groups = [0, 0, 0, 0], districts = {};
    D.places.forEach(function (p, i) {
      shown[i] = datesShow(p) && typesShow(p, i) ? 1 : 0;
      kills[i] = 0;
      if (!shown[i]) { return; }
      groups[p[F.group]] += 1;
      var id = str(p[F.district]), here = placeEvents(i);
      kills[i] = here.fatalities;
      if (p[F.group] === CONTEXT || id === null) { return; }
      var d = districts[id] || (districts[id] = {places: [], mentions: 0, reports: 0, docs: {},
                                                 events: 0, fatalities: 0});
      d.places.push(str(p[F.name]));
      d.events += here.events; d.fatalities += here.fatalities;
      p[F.tally].forEach(function (t) {
        if (!inWindow(t[T.day])) { return; }
        d.mentions += t[T.n];
        if (!d.docs[t[T.doc]]) { d.docs[t[T.doc]] = true; d.reports += 1; }
      });
    });
    Object.keys(districts).forEach(function (id) { districts[id].places.sort(); });
    return {groups: groups, districts: districts, types: typeCounts()};
  }

  // Everything drawn from the places follows the filters: markers, shading, counts.
  function refresh() {
    stats = count();
    GROUPS.forEach(fill);
    cfg.districts.setStyle(districtStyle);
    listeners.forEach(function (listener) { listener(); });
  }

  function setTime(from, to) {
    timeFrom = from || ""; timeTo = to || "";
    refresh();
  }

  // Hide the event types given (keys: a type's index in data.types, or "untyped").
  function setTypes(hidden) {
    typeOff = {};
    hidden.forEach(function (key) { typeOff[String(key)] = true; });
    refresh();
  }

  // --- districts -------------------------------------------------------------------------

  function districtStats(id) {
    return stats.districts[id] || {places: [], mentions: 0, reports: 0, events: 0, fatalities: 0};
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
    if (D.events.length) {
      el("div", "Events: " + d.events + ", fatalities: " + d.fatalities, null, root);
    }
    if (d.places.length) {
      var more = d.places.length > 12 ? " \u2026 and " + (d.places.length - 12) + " more" : "";
      el("div", "Places: " + d.places.slice(0, 12).join(", ") + more, null, root);
    }
    if (filtered()) { el("div", "Event dates " + windowLabel(), "note", root); }
    if (typeFiltered()) { el("div", "Event types: " + typesLabel(), "note", root); }
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

  // --- events and claims in popups and the wave panel ------------------------------------

  var WHAT = ["killed", "injured", "abducted", "arrested"];
  var SIDES = ["security", "civilian", "militant", "unspecified"];
  var PEOPLE = {security: ["security personnel", "security personnel"],
                civilian: ["civilian", "civilians"], militant: ["militant", "militants"]};

  function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  // Whose dead a figure counts, in words ("" when the report does not say).
  function people(whose, one) {
    if (PEOPLE[whose]) { return PEOPLE[whose][one ? 0 : 1]; }
    return whose && whose !== "unspecified" ? whose : "";
  }

  // A figure as its source gives it: both bounds, never rounded into one number.
  function figure(c, sides) {
    var low = c[C.n_min], high = c[C.n_max], n;
    if (low !== null && high !== null) { n = low === high ? String(low) : low + "\u2013" + high; }
    else if (low !== null) { n = "at least " + low; }
    else if (high !== null) { n = "up to " + high; }
    else { n = "an unknown number"; }
    var whose = sides ? people(str(c[C.whose]), low === 1 && high === 1) : "";
    return (c[C.breakdown] ? "incl. " : "") + n + (whose ? " " + whose : "");
  }

  // A report named in short: its outlet, else its id.
  function docLabel(d) {
    var doc = D.docs[d];
    return str(doc[DOC.publisher]) || str(doc[DOC.doc_id]) || str(doc[DOC.title]) || "source";
  }

  // The report a claim comes from, linked to the claim's sentence.
  function claimSource(c, parent) {
    var doc = D.docs[c[C.doc]], url = str(doc[DOC.url]), label = docLabel(c[C.doc]);
    if (!isHttp(url)) { return el("span", label, "src", parent); }
    var a = el("a", label, "src", parent);
    a.href = api.textFragment(url, str(c[C.excerpt]) || "");
    a.target = "_blank"; a.rel = "noopener noreferrer";
    if (str(doc[DOC.title])) { a.title = str(doc[DOC.title]); }
    return a;
  }

  // "10 (ISPR, Dawn)": the figure, who gives it, and where; its words on hover.
  function claim(c, parent, sides) {
    var box = el("span", null, "incidentmap-claim", parent);
    var n = el("span", figure(c, sides), "figure", box);
    if (str(c[C.surface])) { n.title = "\u201c" + str(c[C.surface]) + "\u201d"; }
    el("span", " (" + (str(c[C.claimant]) || "the report") + ", ", null, box);
    claimSource(c, box);
    el("span", ")", null, box);
    if (c[C.counted]) {
      el("span", " \u2713", "counted", box).title = "the event's fatalities count rests on it";
    }
  }

  // Claims as a table: a row per kind of figure (popups), or per kind and side (the
  // wave panel), each figure beside the others with its claimant and source.
  function claimsTable(claims, parent, bySide) {
    var rows = {}, keys = [];
    claims.forEach(function (c) {
      var what = str(c[C.what]) || "other", key = bySide ? what + "|" + str(c[C.whose]) : what;
      if (!rows[key]) {
        rows[key] = {what: what, whose: str(c[C.whose]), claims: []};
        keys.push(key);
      }
      rows[key].claims.push(c);
    });
    function rank(list, value) { var i = list.indexOf(value); return i < 0 ? list.length : i; }
    keys.sort(function (a, b) {
      var x = rows[a], y = rows[b];
      return rank(WHAT, x.what) - rank(WHAT, y.what) ||
        (bySide ? rank(SIDES, x.whose) - rank(SIDES, y.whose) : 0);
    });
    var table = el("table", null, "incidentmap-claims", parent);
    keys.forEach(function (key) {
      var row = rows[key], tr = el("tr", null, null, table);
      var side = bySide ? people(row.whose, false) : "";
      el("th", capital(row.what) + (side ? ", " + side : ""), null, tr);
      var td = el("td", null, null, tr);
      row.claims.forEach(function (c, j) {
        if (j) { el("span", " \u00b7 ", "sep", td); }
        claim(c, td, !bySide);
      });
    });
    return table;
  }

  function eventWhen(e) {
    var day = e[E.day], precision = str(e[E.precision]) || "";
    return (day === null ? "Date unknown" : D.days[day]) +
      " (" + (D.eventPrecisions[precision] || precision) + ")";
  }

  function eventType(e) {
    if (e[E.type] === null) {
      return "Type not given: " + (str(e[E.reason]) || "the text does not say");
    }
    var sub = str(e[E.sub]);
    return D.types[e[E.type]] + (sub ? " \u00b7 " + sub : "");
  }

  // The count the event adds to its district, and the claims it rests on.
  function eventFatalities(e) {
    var n = e[E.fatalities], from = e[E.claims].filter(function (c) { return c[C.counted]; })
      .map(function (c) {
        return figure(c, true) + " (" + (str(c[C.claimant]) || "the report") + ", " +
          docLabel(c[C.doc]) + ") \u2713";
      }).concat(e[E.from].map(str));
    if (n === null) {
      return "Fatalities: not counted (the place is only listed, or deaths are given only " +
        "for the whole wave)";
    }
    if (from.length) { return "Fatalities counted: " + n + ", from " + from.join("; "); }
    return "Fatalities counted: " + n + (n === 0 ? " (no one reported killed)" : "");
  }

  function eventBlock(e, parent) {
    var box = el("div", null, "incidentmap-event", parent);
    if (!eventShows(e)) {
      box.classList.add("incidentmap-out");
      el("div", "Outside the dates or types shown", "note", box);
    }
    el("div", eventWhen(e), "when", box);
    el("div", eventType(e), e[E.type] === null ? "type none" : "type", box);
    var actors = [str(e[E.actor1]), str(e[E.actor2])].filter(Boolean);
    if (actors.length) { el("div", "Actors: " + actors.join(" against "), "actors", box); }
    if (e[E.claims].length) { claimsTable(e[E.claims], box, false); }
    el("div", eventFatalities(e), "fatalities", box);
    var sources = e[E.sources].map(docLabel).filter(function (x, j, all) {
      return all.indexOf(x) === j;
    });
    if (sources.length) {
      el("div", (e[E.sources].length === 1 ? "Source: " : e[E.sources].length + " sources: ") +
         sources.join(", "), "src", box);
    }
  }

  function placeEventsSection(p, root, i) {
    var list = byPlace[i];
    if (!list) { return; }
    var box = el("div", null, "incidentmap-events", root);
    el("h5", list.length === 1 ? "Event" : list.length + " events", null, box);
    list.forEach(function (k) { eventBlock(D.events[k], box); });
  }

  // A popup is these sections in order; each adds its part for one place.
  api.sections = [placeHeader, placeEventsSection, placeReasons, excerpts];

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

  // The ring class of a number of people killed (0: no ring), by the classes of data.rings.
  function ringClass(n) {
    var k = 0;
    D.rings.forEach(function (bound, j) { if (n >= bound) { k = j + 1; } });
    return k;
  }

  // Markers are handed to the cluster group only while it is on the map: off the map,
  // markercluster checks each new marker against its whole waiting list (quadratic).
  // Their rings follow the events shown.
  function fill(key) {
    var o = overlays[key];
    o.done = false; o.filled = map.hasLayer(o.group);
    if (!o.filled) { return; }
    o.eventful.forEach(function (mk) {
      var ring = ringClass(kills[mk._im]);
      if (ring !== mk._ring) { mk._ring = ring; mk.setIcon(o.icon(mk._prec, ring)); }
    });
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

  // A cluster's ring: the people killed at the places it holds (the events shown).
  function clusterRing(c) {
    if (!D.events.length) { return ""; }
    var n = 0;
    c.getAllChildMarkers().forEach(function (mk) { n += kills[mk._im]; });
    var ring = ringClass(n);
    return ring ? " incidentmap-k" + ring : "";
  }

  api.overlay = function (key) {
    var colour = cfg.colours[key], g = GROUPS.indexOf(key), icons = {}, o;
    function icon(prec, ring) {  // made once per precision and ring
      var id = prec + ":" + ring, size = [14, 22, 30][prec - 1];
      return icons[id] || (icons[id] = L.divIcon({html: "", iconSize: [size, size],
        className: "incidentmap-marker incidentmap-" + key + " incidentmap-p" + prec +
          (ring ? " incidentmap-k" + ring : "")}));
    }
    var cluster = L.markerClusterGroup({
      maxClusterRadius: 40, chunkedLoading: true, chunkInterval: 250, chunkDelay: 16,
      showCoverageOnHover: false,
      animate: D.places.length <= ANIMATE_MAX,  // animated zooms crawl with many markers
      iconCreateFunction: function (c) {
        var n = c.getChildCount(), size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
        return L.divIcon({html: "<div>" + Number(n) + "</div>", iconSize: [size, size],
          className: "incidentmap-cluster incidentmap-" + key + clusterRing(c)});
      },
      chunkProgress: function (done, total) { if (done >= total) { o.done = true; } }
    });
    o = overlays[key] = {cluster: cluster, areas: L.featureGroup(), markers: [], shapes: [],
                         eventful: [], icon: icon};
    D.places.forEach(function (p, i) {
      if (p[F.group] !== g) { return; }
      var prec = Math.min(Math.max(p[F.precision] || 1, 1), 3);
      var marker = L.marker([p[F.lat], p[F.lon]], {icon: icon(prec, 0)});
      marker._im = i; marker._prec = prec; marker._ring = 0; o.markers.push(marker);
      if (byPlace[i]) { o.eventful.push(marker); }
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
    E = positions(D.fields.event); C = positions(D.fields.claim);
    byPlace = [];
    D.events.forEach(function (e, k) {
      (byPlace[e[E.place]] = byPlace[e[E.place]] || []).push(k);
    });
    shown = new Uint8Array(D.places.length);
    kills = new Float64Array(D.places.length);
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
          var of = anyFilter() && all !== null ? " of " + all : "";
          counts[key].textContent = " (" + n + of + ")";
        });
      }
      listeners.push(update);
      update();
      if (D.events.length) { typeSection(body); }
    };
  }

  // The event type filter: a box per type, with the events of the dates shown.
  function typeSection(body) {
    el("div", "Event types", "incidentmap-section", body);
    var boxes = {}, counts = {};
    typeKeys().forEach(function (key) {
      var row = el("label", null, "incidentmap-layer incidentmap-type", body);
      var box = boxes[key] = el("input", null, null, row);
      box.type = "checkbox"; box.name = "type";
      box.value = key === UNTYPED ? UNTYPED : typeName(key);
      el("span", typeName(key), null, row);
      counts[key] = el("span", null, "count", row);
      box.addEventListener("change", function () {
        setTypes(Object.keys(boxes).filter(function (k) { return !boxes[k].checked; }));
      });
    });
    var all = el("button", "All types", null, body);
    all.type = "button";
    all.addEventListener("click", function () { setTypes([]); });
    el("div", "Events of each type in the dates shown. Unticking a type hides the places " +
       "with no other event shown; districts and counts follow.", "note", body);
    function update() {
      Object.keys(boxes).forEach(function (key) {
        boxes[key].checked = !typeOff[key];
        counts[key].textContent = " (" + (stats.types[key] || 0) + ")";
      });
    }
    listeners.push(update);
    update();
  }

  // The reports' figures for the whole wave, which no place can be given.
  function wavePanel(body) {
    el("div", "Figures for the whole wave, tied to no one place, each as its claimant gives " +
       "it; never added up, and not filtered.", "note", body);
    claimsTable(D.aggregates, body, true);
    if (D.aggregatesLeftOut) {
      el("div", D.aggregatesLeftOut + " more figures of these kinds are listed in run.json " +
         "(aggregates).", "note", body);
    }
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

  // Padding that keeps the places clear of the panels open at the map's sides (wide
  // screens; narrow ones keep their panels closed), for the first view.
  function clearOfPanels() {
    if (NARROW.matches) { return {padding: [40, 40]}; }
    var box = map.getContainer().getBoundingClientRect(), left = 0, right = 0;
    map.getContainer().querySelectorAll(".incidentmap-panel").forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.left - box.left < box.width / 2) { left = Math.max(left, r.right - box.left); }
      else { right = Math.max(right, box.right - r.left); }
    });
    return {paddingTopLeft: [left + 30, 40], paddingBottomRight: [right + 30, 40]};
  }

  api.controls = function (legend, attribution, layers, labels) {
    api.layers = layers;
    attributionControl(attribution);
    L.control.scale({position: "bottomright"}).addTo(map);
    panel("bottomright", "legend", "Legend", function (body) { body.innerHTML = legend; });
    panel("topright", "layers", "Layers", layerPanel(layers, labels));
    if (cfg.time) { panel("topleft", "dates", "Event dates", datePanel); }
    if (D.aggregates.length) { panel("topleft", "wave", "Wave totals", wavePanel); }
    // Permalink: view, open layers and the date filter live in the URL hash.
    function writeHash() {
      var c = map.getCenter(), on = Object.keys(layers).filter(function (k) {
        return map.hasLayer(layers[k]);
      });
      var hash = "#map=" + map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4) +
        "&layers=" + on.join(",");
      if (timeFrom) { hash += "&from=" + timeFrom; }
      if (timeTo) { hash += "&to=" + timeTo; }
      if (typeFiltered()) {
        hash += "&types=" + typeKeys().filter(function (k) { return !typeOff[k]; })
          .map(function (k) { return encodeURIComponent(k === UNTYPED ? UNTYPED : typeName(k)); })
          .join(",");
      }
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
      var hide = [];
      if (params.has("types")) {  // the types shown, by name
        var names = params.get("types").split(",");
        hide = typeKeys().filter(function (k) {
          return names.indexOf(k === UNTYPED ? UNTYPED : typeName(k)) < 0;
        });
      }
      if (hide.join(",") !== Object.keys(typeOff).join(",")) { setTypes(hide); }
      return view;
    }
    listeners.push(writeHash);
    if (!readHash() && D.bounds) {
      map.fitBounds(D.bounds, L.extend({maxZoom: 9, animate: false}, clearOfPanels()));
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
  api.setTypes = setTypes;
  api.typeKeys = function () { return typeKeys().slice(); };
  api.inWindow = inWindow;
  return api;
})();
