package org.folio.access.ill.consortium.publishing;

import java.util.List;
import java.util.Optional;
import org.folio.access.ill.consortium.exchange.PublishedItem;
import org.folio.access.rest.model.IllConsortiumPublishingRule;
import org.folio.access.stacks.items.ItemRepository.CatalogRow;

/** A member's publishing rules applied to one stacks item: published or not, lendable or on site only. */
public final class PublishingRules {
  /** The stacks status id of an item on the shelf (Sierra's '-'). */
  static final String AVAILABLE = "-";
  private final List<IllConsortiumPublishingRule> rules;

  public PublishingRules(List<IllConsortiumPublishingRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public boolean publishesAnything() {
    return !rules.isEmpty();
  }

  /** The item as published, or empty when no rule matches it (then it is withdrawn). */
  public Optional<PublishedItem> apply(CatalogRow item) {
    return rules.stream().filter(rule -> matches(rule, item)).findFirst().map(rule -> new PublishedItem(item.id(), item.workId(),
        item.title(), item.author(), Keys.identifiers(item.isbns(), item.issns()), Keys.words(item.title(), item.author()),
        item.locationType(), item.accessStatus(), Boolean.TRUE.equals(rule.getLendable()), AVAILABLE.equals(item.statusId())));
  }

  private static boolean matches(IllConsortiumPublishingRule rule, CatalogRow item) {
    return (rule.getLocationType() == null || rule.getLocationType().value().equals(item.locationType()))
        && (rule.getAccessStatus() == null || rule.getAccessStatus().equals(item.accessStatus()));
  }
}
