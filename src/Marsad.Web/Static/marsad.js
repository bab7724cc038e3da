// Marsad pages: on the article view, clicking (or Enter on) a marked entity or event trigger shows its
// record from the lists beside the text and highlights its other mentions. Records are cloned DOM nodes,
// never HTML strings, so article text is never parsed as markup.
'use strict';

(function () {
  function records(attribute, id) {
    return Array.prototype.filter.call(document.querySelectorAll('[' + attribute + ']'), function (node) {
      return node.getAttribute(attribute) === id;
    });
  }

  function clearSelection() {
    Array.prototype.forEach.call(document.querySelectorAll('.selected'), function (node) {
      node.classList.remove('selected');
    });
  }

  function show(detail, kind, id) {
    var recordAttribute = kind === 'entity' ? 'data-entity-record' : 'data-event-record';
    var markAttribute = kind === 'entity' ? 'data-entity' : 'data-event';
    var found = records(recordAttribute, id)[0];
    if (!found) {
      return;
    }

    clearSelection();
    records(markAttribute, id).forEach(function (node) { node.classList.add('selected'); });
    found.classList.add('selected');
    var heading = document.createElement('h3');
    heading.textContent = kind === 'entity' ? 'الكيان · Entity' : 'الحدث · Event';
    var copy;
    if (found.tagName === 'TR') {
      copy = document.createElement('table');
      copy.className = 'events';
      var head = found.closest('table').querySelector('thead');
      if (head) {
        copy.appendChild(head.cloneNode(true));
      }
      var body = document.createElement('tbody');
      body.appendChild(found.cloneNode(true));
      copy.appendChild(body);
    } else {
      copy = found.cloneNode(true);
    }
    copy.removeAttribute('id');
    detail.replaceChildren(heading, copy);
    detail.hidden = false;
    detail.setAttribute('data-showing', kind + ':' + id);
  }

  function onActivate(detail, target) {
    var entity = target.closest('[data-entity]');
    var event = target.closest('[data-event]');
    if (entity) {
      show(detail, 'entity', entity.getAttribute('data-entity'));
    } else if (event) {
      show(detail, 'event', event.getAttribute('data-event'));
    }
  }

  // Entity fields suggest ids as a name is typed, from the API's entity search. Options are built as DOM
  // nodes from the JSON, never as HTML; an answer to an older keystroke is dropped.
  function suggestEntities(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = 0;
    var asked = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || !list) {
        return;
      }
      timer = setTimeout(function () {
        var ticket = ++asked;
        fetch('/api/entities?limit=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { entities: [] }; })
          .then(function (found) {
            if (ticket !== asked) {
              return;
            }
            list.replaceChildren.apply(list, found.entities.map(function (e) {
              var option = document.createElement('option');
              option.value = e.id;
              option.label = (e.name_ar ? e.name_ar + ' · ' : '') + e.name;
              return option;
            }));
            input.setAttribute('data-suggested', String(found.entities.length));
          })
          .catch(function () { /* a suggestion is a convenience: the field works without it */ });
      }, 150);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest="entities"]'), suggestEntities);
    var text = document.getElementById('article-text');
    var detail = document.getElementById('detail');
    if (!text || !detail) {
      return;
    }

    text.addEventListener('click', function (e) { onActivate(detail, e.target); });
    text.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onActivate(detail, e.target);
      }
    });
    // A link from the map names an event as #event=ID: show its record and bring its sentence into view.
    if (window.location.hash.indexOf('#event=') === 0) {
      var id = decodeURIComponent(window.location.hash.slice('#event='.length));
      var mark = records('data-event', id)[0];
      if (mark) {
        show(detail, 'event', id);
        mark.scrollIntoView({ block: 'center' });
        mark.focus();
      }
    }

    document.documentElement.setAttribute('data-script', 'ready');
  });
})();
