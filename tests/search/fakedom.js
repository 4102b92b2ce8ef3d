// A very small DOM for testing ui.js in node: enough elements to render into, and a trap on innerHTML.
'use strict';

class Node {
  constructor(doc) {
    this.ownerDocument = doc;
    this.childNodes = [];
    this.parentNode = null;
  }
  get firstChild() {
    return this.childNodes[0] || null;
  }
  appendChild(child) {
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild(child) {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
    child.parentNode = null;
    return child;
  }
  get textContent() {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value) {
    this.childNodes = [];
    this.appendChild(new Text(this.ownerDocument, String(value)));
  }
}

class Text extends Node {
  constructor(doc, data) {
    super(doc);
    this.data = data;
  }
  get textContent() {
    return this.data;
  }
}

class Element extends Node {
  constructor(doc, tagName) {
    super(doc);
    this.tagName = tagName.toUpperCase();
    this.attributes = {};
    this.className = '';
    this.value = '';
  }
  getAttribute(name) {
    return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null;
  }
  setAttribute(name, value) {
    this.attributes[name] = String(value);
    if (name === 'id') this.id = String(value);
  }
  get options() {
    return this.childNodes.filter((c) => c.tagName === 'OPTION');
  }
  set innerHTML(_value) {
    throw new Error('innerHTML must not be used');
  }
  get innerHTML() {
    throw new Error('innerHTML must not be used');
  }
  *walk() {
    yield this;
    for (const c of this.childNodes) if (c instanceof Element) yield* c.walk();
  }
  querySelectorAll(tag) {
    return [...this.walk()].filter((e) => e.tagName === tag.toUpperCase());
  }
}

class Document {
  constructor() {
    this.body = new Element(this, 'body');
    this.created = [];
  }
  createElement(tag) {
    const el = new Element(this, tag);
    this.created.push(el.tagName);
    return el;
  }
  createTextNode(data) {
    return new Text(this, data);
  }
  getElementById(id) {
    for (const el of this.body.walk()) if (el.id === id) return el;
    return null;
  }
  /** Append an element with an id and attributes to the body. */
  add(tag, id, attrs) {
    const el = this.createElement(tag);
    el.setAttribute('id', id);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
    this.body.appendChild(el);
    return el;
  }
}

module.exports = { Document };
