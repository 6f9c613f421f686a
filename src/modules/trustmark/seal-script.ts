/**
 * The embeddable seal: one `<script src=".../api/v1/trustmarks/seal.js">` tag. It asks the node that served it
 * about the hostname of the page it is running on — never about a domain written into the snippet — so a copied
 * snippet on another site shows "not certified here". Values from the network are set with textContent only. A click
 * opens the node's verification page for that hostname (/trustmarks/verify/<host>): the business, the scheme, the
 * criteria met, the validity and the credential.
 */
const MESSAGES = {
  en: {
    certified: 'Certified',
    suspended: 'Certificate suspended',
    revoked: 'Certificate revoked',
    expired: 'Certificate expired',
    none: 'Not certified here',
    unavailable: 'Status unavailable',
    loading: 'Checking…',
    verify: 'Verify at CrossTrust',
  },
  vi: {
    certified: 'Đã được chứng nhận',
    suspended: 'Chứng nhận bị tạm đình chỉ',
    revoked: 'Chứng nhận đã bị thu hồi',
    expired: 'Chứng nhận đã hết hạn',
    none: 'Không được chứng nhận tại đây',
    unavailable: 'Không xem được trạng thái',
    loading: 'Đang kiểm tra…',
    verify: 'Xác minh tại CrossTrust',
  },
} as const;

const COLOURS = {
  certified: '#0b6b3a',
  suspended: '#8a5a00',
  revoked: '#a11d1d',
  expired: '#a11d1d',
  none: '#4b5563',
  unavailable: '#4b5563',
  loading: '#4b5563',
};

export const SEAL_SCRIPT = `(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var host = location.hostname.toLowerCase();
  var lang = (document.documentElement.lang || 'en').toLowerCase().indexOf('vi') === 0 ? 'vi' : 'en';
  var messages = ${JSON.stringify(MESSAGES)}[lang];
  var colours = ${JSON.stringify(COLOURS)};
  var ns = 'http://www.w3.org/2000/svg';
  var link = document.createElement('a');
  link.className = 'crosstrust-seal';
  link.href = origin + '/trustmarks/verify/' + encodeURIComponent(host);
  link.target = '_blank';
  link.rel = 'noopener';
  link.style.display = 'inline-block';
  link.style.textDecoration = 'none';
  script.parentNode.insertBefore(link, script.nextSibling);

  function text(svg, x, y, size, weight, value) {
    var t = document.createElementNS(ns, 'text');
    t.setAttribute('x', x);
    t.setAttribute('y', y);
    t.setAttribute('font-family', 'system-ui, sans-serif');
    t.setAttribute('font-size', size);
    t.setAttribute('font-weight', weight);
    t.setAttribute('fill', '#ffffff');
    t.textContent = value;
    svg.appendChild(t);
  }

  function render(status, scheme, validUntil) {
    var label = messages[status] || messages.unavailable;
    link.setAttribute('data-status', status);
    link.setAttribute('aria-label', 'CrossTrust: ' + label + ' — ' + host + (scheme ? ' (' + scheme + ')' : '') + '. ' + messages.verify);
    link.title = messages.verify;
    while (link.firstChild) link.removeChild(link.firstChild);
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '220');
    svg.setAttribute('height', '64');
    svg.setAttribute('viewBox', '0 0 220 64');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-hidden', 'true');
    var rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('width', '220');
    rect.setAttribute('height', '64');
    rect.setAttribute('rx', '10');
    rect.setAttribute('fill', colours[status] || colours.unavailable);
    svg.appendChild(rect);
    text(svg, 12, 20, 12, 700, 'CrossTrust');
    text(svg, 12, 38, 13, 700, label);
    text(svg, 12, 55, 10, 400, status === 'certified' && validUntil ? host + ' · ' + validUntil.slice(0, 10) : host);
    link.appendChild(svg);
  }

  render('loading');
  fetch(origin + '/api/v1/trustmarks/status?domain=' + encodeURIComponent(host), { credentials: 'omit', cache: 'no-store' })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (s) { render(s.status, s.scheme || '', s.validUntil || ''); })
    .catch(function () { render('unavailable'); });
})();
`;
