package org.folio.access.eholdings.kbart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.Jsonapi;
import org.folio.access.rest.model.KbartImport;
import org.folio.access.rest.model.KbartImportAttributes;
import org.folio.access.rest.model.KbartImportData;
import org.folio.access.rest.model.KbartRejectedLine;

/** An import as the API shows it: a JSON:API document of type kbartImports. */
final class KbartImportView {
  private static final TypeReference<List<KbartRejectedLine>> REJECTED = new TypeReference<>() {};

  private KbartImportView() {}

  static String location(ImportStatus status) {
    return "/eholdings/kbart-imports/" + status.record().id();
  }

  static KbartImport document(ImportStatus status) {
    ImportRecord r = status.record();
    MergeCounts c = r.counts();
    KbartImportAttributes attributes = new KbartImportAttributes()
        .withState(KbartImportAttributes.State.fromValue(status.state()))
        .withProviderId((int) r.providerId()).withProviderName(r.providerName())
        .withPackageId(r.providerId() + "-" + r.packageId()).withPackageName(r.packageName())
        .withContentType(r.contentType()).withLinesRead(r.linesRead()).withLinesRejected(r.linesRejected())
        .withLinesMerged(c.linesMerged()).withTitlesAdded(c.added()).withTitlesUpdated(c.updated())
        .withTitlesUnchanged(c.unchanged()).withTitlesRemoved(c.removed()).withPercent(r.percent())
        .withRejectedLines(lines(r.rejectedLines())).withLinesWithWarnings(r.linesWarned())
        .withWarnings(lines(r.warnedLines()))
        .withError(status.job() == null ? null : status.job().error())
        .withCreatedAt(utc(r.createdAt())).withFinishedAt(utc(r.finishedAt()));
    return new KbartImport()
        .withData(new KbartImportData().withId(r.id().toString()).withType(KbartImportData.Type.KBART_IMPORTS)
            .withAttributes(attributes))
        .withJsonapi(new Jsonapi().withVersion("1.0"));
  }

  private static List<KbartRejectedLine> lines(String json) {
    try {
      return Json.mapper().readValue(json, REJECTED);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored rejected or warned lines are not a list", e);
    }
  }

  private static String utc(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
