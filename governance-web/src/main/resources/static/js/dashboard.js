// The dashboard's charts, drawn from the JSON the tables beside them were rendered from.
(function () {
  'use strict';

  var COLORS = ['#1f3a5f', '#2f6f9f', '#3d8a5a', '#b35c00', '#8a3d8a', '#a12a2a', '#55606e'];

  function bar(canvas, items, value, horizontal) {
    return new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: items.map(function (item) { return item.label; }),
        datasets: [{
          label: canvas.getAttribute('data-series'),
          data: items.map(value),
          backgroundColor: items.map(function (item, index) { return COLORS[index % COLORS.length]; })
        }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: horizontal ? 0 : undefined } },
          y: { beginAtZero: true, ticks: { precision: horizontal ? undefined : 0 } }
        }
      }
    });
  }

  function draw(root, figures) {
    var count = function (item) { return item.count; };
    bar(root.querySelector('#chart-states'), figures.perState, count, true);
    bar(root.querySelector('#chart-stages'), figures.perStage, count, false);
    bar(root.querySelector('#chart-principles'), figures.failuresByPrinciple, count, true);
    bar(root.querySelector('#chart-days'), figures.daysInStage, function (item) { return item.days; }, false);
    root.setAttribute('data-ready', 'true');
  }

  function start() {
    var root = document.getElementById('dashboard');
    if (!root || typeof window.Chart === 'undefined') {
      return;
    }
    fetch(root.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (figures) { draw(root, figures); })
      .catch(function () {
        var status = root.querySelector('.chart-status');
        status.textContent = root.getAttribute('data-failed');
        root.setAttribute('data-ready', 'failed');
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
