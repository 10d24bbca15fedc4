/**
 * `/embed.js`: shows a school's upcoming courses on another site.
 *
 *     <script src="https://kairos.school/embed.js" data-lang="et" data-institution="emajoe-vc"
 *       data-limit="5" async></script>
 *
 * It reads `/feeds/catalogue.jsonld` from the origin it was loaded from and renders into a shadow
 * root placed right after its own script element, so the host page's styles and ours do not mix.
 * Plain ES2017 with no dependencies, kept small by hand. Feed values reach the page only through
 * `textContent` and checked `http(s)` links, never as markup. When anything fails it shows just a
 * link to the catalogue.
 */
export const embedScript = String.raw`(function () {
"use strict";
var script = document.currentScript;
var host = document.createElement("div");
if (!script || !script.src || !script.parentNode || !host.attachShadow) return;
var origin = new URL(script.src, location.href).origin;
var lang = script.getAttribute("data-lang") || "et";
var institution = script.getAttribute("data-institution");
var limit = Math.max(1, Math.min(50, parseInt(script.getAttribute("data-limit"), 10) || 5));
var words = {
  et: { all: "K\u00f5ik kursused", planned: "Planeeritud", open: "Registreerimine avatud", confirmed: "Grupp kinnitatud", full: "T\u00e4is", locale: "et-EE" },
  en: { all: "All courses", planned: "Planned", open: "Open for registration", confirmed: "Group confirmed", full: "Full", locale: "en-GB" }
};
var t = words[lang] || words.en;
var catalogue = origin + "/" + encodeURIComponent(lang) + "/";
var css = ":host{display:block}ul{list-style:none;margin:0;padding:0}li{padding:.5em 0;border-bottom:1px solid rgba(128,128,128,.3)}" +
  "a{color:inherit}li a{font-weight:600}.meta{display:block;font-size:.875em;opacity:.8}.all{display:inline-block;margin-top:.5em}";

host.setAttribute("data-kairos-embed", "");
script.parentNode.insertBefore(host, script.nextSibling);
var root = host.attachShadow({ mode: "open" });
try {
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
} catch (error) {
  root.appendChild(element("style", "", css));
}
var box = element("div", "", null);
root.appendChild(box);

function element(name, className, text) {
  var node = document.createElement(name);
  if (className) node.className = className;
  if (text !== null) node.textContent = text;
  return node;
}

function link(href, text, className) {
  var node = element("a", className, text);
  node.href = /^https?:\/\//i.test(href) ? href : catalogue;
  return node;
}

function day(iso) {
  return new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    .format(new Date(iso + "T00:00:00Z"));
}

function money(offer) {
  var price = Number(offer.price);
  return new Intl.NumberFormat(t.locale, { style: "currency", currency: String(offer.priceCurrency), maximumFractionDigits: price % 1 ? 2 : 0 })
    .format(price);
}

function status(offer, today) {
  var availability = String(offer.availability).replace(/^https?:\/\/schema\.org\//, "");
  if (availability === "SoldOut") return t.full;
  if (availability === "PreOrder") return t.planned;
  if (availability !== "InStock") return "";
  return today >= offer.validFrom && today <= offer.validThrough ? t.open : t.confirmed;
}

function render(feed) {
  // The visitor's own date (en-CA writes YYYY-MM-DD), not UTC's, which is a day off at night.
  var today = new Date().toLocaleDateString("en-CA");
  var courses = (feed.itemListElement || [])
    .map(function (entry) { return entry && entry.item; })
    .filter(function (course) {
      var instance = course && course.hasCourseInstance;
      return instance && typeof instance.startDate === "string" && instance.startDate >= today &&
        !/(Cancelled|Postponed)$/.test(String(instance.eventStatus)) &&
        (!institution || course.provider && course.provider.identifier === institution);
    })
    .sort(function (a, b) {
      return a.hasCourseInstance.startDate < b.hasCourseInstance.startDate ? -1 : a.hasCourseInstance.startDate > b.hasCourseInstance.startDate ? 1 : 0;
    })
    .slice(0, limit);
  var list = element("ul", "", null);
  courses.forEach(function (course) {
    var instance = course.hasCourseInstance;
    var offer = instance.offers || {};
    var item = element("li", "", null);
    item.appendChild(link(String(course.url), String(course.name), ""));
    var meta = [day(instance.startDate) + " \u2013 " + day(String(instance.endDate)), money(offer), status(offer, today)];
    item.appendChild(element("span", "meta", meta.filter(Boolean).join(" \u00b7 ")));
    list.appendChild(item);
  });
  box.textContent = "";
  if (courses.length) box.appendChild(list);
  box.appendChild(link(catalogue, t.all, "all"));
}

function fail() {
  box.textContent = "";
  box.appendChild(link(catalogue, t.all, "all"));
}

fetch(origin + "/feeds/catalogue.jsonld?lang=" + encodeURIComponent(lang) + (institution ? "&institution=" + encodeURIComponent(institution) : ""),
  { credentials: "omit", headers: { accept: "application/ld+json" } })
  .then(function (response) { return response.ok ? response.json() : Promise.reject(new Error(String(response.status))); })
  .then(render)
  .catch(fail);
})();
`;
