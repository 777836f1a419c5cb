package org.folio.access.eholdings.sample;

import java.util.List;

/**
 * The sample knowledge base a tenant gets with loadSample, as plain values before it has database ids:
 * records refer to each other by their sample references (provider key, package name, title reference).
 */
record SampleKnowledgeBase(List<Provider> providers, List<Package> packages, List<Title> titles,
    List<Resource> resources, List<Tag> tags) {

  /** A managed provider; its key is providers.external_key. */
  record Provider(String key, String name) {}

  /** A package; custom ones belong to the tenant's own provider (providerKey null) and have no key. */
  record Package(String providerKey, String key, String name, String contentType, boolean custom, boolean selected,
      String document) {}

  /** A title; `ref` is the external key of a managed title and the (unique) name of a custom one. */
  record Title(String ref, String name, String publicationType, String publisherName, List<String> isxn,
      String subjects, boolean custom, String document) {

    String externalKey() {
      return custom ? null : ref;
    }
  }

  /** A title in a package. */
  record Resource(String packageName, String titleRef, boolean selected, String document) {}

  /** A tag of a record: provider key, package name, title reference, or "package name|title reference". */
  record Tag(String recordType, String ref, String tag) {}
}
