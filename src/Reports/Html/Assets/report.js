"use strict";
(() => {
  const main = document.getElementById("cards");
  const cards = Array.from(main.querySelectorAll("article.card"));
  const filter = document.getElementById("filter");
  const sort = document.getElementById("sort");
  const shown = document.getElementById("shown");

  // Neurons without a formula have no score: they sort after every explained one.
  const number = (card, key) => {
    const value = card.dataset[key];
    return value === undefined ? -Infinity : Number(value);
  };
  const comparers = {
    neuron: (a, b) => number(a, "neuron") - number(b, "neuron"),
    score: (a, b) => number(b, "score") - number(a, "score") || number(a, "neuron") - number(b, "neuron"),
    iou: (a, b) => number(b, "iou") - number(a, "iou") || number(a, "neuron") - number(b, "neuron"),
    length: (a, b) => number(b, "length") - number(a, "length") || number(a, "neuron") - number(b, "neuron"),
  };

  function applySort() {
    const ordered = cards.slice().sort(comparers[sort.value]);
    const fragment = document.createDocumentFragment();
    for (const card of ordered) fragment.appendChild(card);
    main.appendChild(fragment);
  }

  // Every whitespace-separated term must occur in the card's formula, categories, #number or status.
  function applyFilter() {
    const terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let visible = 0;
    for (const card of cards) {
      const match = terms.every(term => card.dataset.search.includes(term));
      card.hidden = !match;
      if (match) visible++;
    }
    shown.textContent = `${visible} of ${cards.length} neurons`;
  }

  sort.addEventListener("change", applySort);
  filter.addEventListener("input", applyFilter);
})();
