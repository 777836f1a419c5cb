package org.folio.access.eholdings.sample;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Package;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Resource;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Tag;
import org.folio.access.eholdings.sample.SampleKnowledgeBase.Title;

/**
 * One load of the sample into one tenant: providers -> packages -> titles -> resources -> counts -> tags. Each
 * step records the database ids of what it wrote, by sample reference, for the steps after it.
 */
final class SampleLoad {
  private final SqlConnection conn;
  private final String tenant;
  private final SampleKnowledgeBase sample;
  private final SampleRepository repository;
  private final Map<String, Package> packagesByName;
  private Map<String, Long> providers;
  private long ownProvider;
  private Map<String, Long> managedPackages;
  private Map<String, Long> customPackages;
  private Map<String, Long> managedTitles;
  private Map<String, Long> customTitles;

  SampleLoad(SqlConnection conn, String tenant, SampleKnowledgeBase sample, SampleRepository repository) {
    this.conn = conn;
    this.tenant = tenant;
    this.sample = sample;
    this.repository = repository;
    this.packagesByName = sample.packages().stream().collect(Collectors.toMap(Package::name, p -> p));
  }

  Future<Void> run() {
    List<Package> managed = sample.packages().stream().filter(p -> !p.custom()).toList();
    List<Package> custom = sample.packages().stream().filter(Package::custom).toList();
    return repository.providers(conn, tenant, sample.providers()).map(ids -> providers = ids)
        .compose(x -> repository.ownProvider(conn, tenant)).map(id -> ownProvider = id)
        .compose(x -> repository.managedPackages(conn, tenant, managed, providers)).map(ids -> managedPackages = ids)
        .compose(x -> repository.newCustomPackages(conn, tenant, custom, ownProvider)).map(ids -> customPackages = ids)
        .compose(x -> repository.titles(conn, tenant, titles(false), false)).map(ids -> managedTitles = ids)
        .compose(x -> repository.titles(conn, tenant, titles(true), true)).map(ids -> customTitles = ids)
        .compose(x -> resources())
        .compose(x -> repository.countTitles(conn, tenant, packageIds()))
        .compose(x -> tags());
  }

  /** Managed titles, or the custom titles of custom packages added now. */
  private List<Title> titles(boolean custom) {
    if (!custom) {
      return sample.titles().stream().filter(t -> !t.custom()).toList();
    }
    Set<String> added = sample.resources().stream().filter(r -> customPackages.containsKey(r.packageName()))
        .map(Resource::titleRef).collect(Collectors.toSet());
    return sample.titles().stream().filter(t -> t.custom() && added.contains(t.ref())).toList();
  }

  private Future<Void> resources() {
    List<Long> packageIds = new ArrayList<>();
    List<Long> titleIds = new ArrayList<>();
    List<Long> providerIds = new ArrayList<>();
    List<Boolean> selected = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (Resource r : sample.resources()) {
      Long packageId = packageId(r.packageName());
      Long titleId = titleId(r.titleRef());
      if (packageId != null && titleId != null) {
        packageIds.add(packageId);
        titleIds.add(titleId);
        providerIds.add(providerOf(r.packageName()));
        selected.add(r.selected());
        documents.add(r.document());
      }
    }
    return repository.resources(conn, tenant, packageIds.toArray(Long[]::new), titleIds.toArray(Long[]::new),
        providerIds.toArray(Long[]::new), selected.toArray(Boolean[]::new), documents.toArray(String[]::new));
  }

  private Future<Void> tags() {
    List<String> types = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Tag tag : sample.tags()) {
      String id = recordId(tag);
      if (id != null) {
        types.add(tag.recordType());
        ids.add(id);
        tags.add(tag.tag());
      }
    }
    return repository.tags(conn, tenant, types.toArray(String[]::new), ids.toArray(String[]::new), tags.toArray(String[]::new));
  }

  /** The interface id of a tagged record: provider, provider-package, title, provider-package-title. */
  private String recordId(Tag tag) {
    return switch (tag.recordType()) {
      case "provider" -> String.valueOf(providers.get(tag.ref()));
      case "package" -> packageId(tag.ref()) == null ? null : providerOf(tag.ref()) + "-" + packageId(tag.ref());
      case "title" -> titleId(tag.ref()) == null ? null : String.valueOf(titleId(tag.ref()));
      default -> {
        String[] parts = tag.ref().split("\\|", 2);
        Long packageId = packageId(parts[0]);
        Long titleId = titleId(parts[1]);
        yield packageId == null || titleId == null ? null : providerOf(parts[0]) + "-" + packageId + "-" + titleId;
      }
    };
  }

  private Long packageId(String name) {
    Package p = packagesByName.get(name);
    return p.custom() ? customPackages.get(name) : managedPackages.get(p.key());
  }

  private Long titleId(String ref) {
    Long id = managedTitles.get(ref);
    return id != null ? id : customTitles.get(ref);
  }

  private long providerOf(String packageName) {
    Package p = packagesByName.get(packageName);
    return p.custom() ? ownProvider : providers.get(p.providerKey());
  }

  private Long[] packageIds() {
    List<Long> ids = new ArrayList<>(managedPackages.values());
    ids.addAll(customPackages.values());
    return ids.toArray(Long[]::new);
  }
}
