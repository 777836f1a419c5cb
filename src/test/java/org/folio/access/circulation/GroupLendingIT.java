package org.folio.access.circulation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /econtent/groups, /econtent/group-loans and GET /econtent/access/{resourceId}. */
class GroupLendingIT {
  private static Econtent library;

  @BeforeAll
  static void enable() {
    library = Econtent.library("circgroups");
  }

  private static String textbook(String title) {
    return library.lendable(library.resource(title, "https://books.example.com/" + title.length()),
        Map.of("licenseModel", "unlimited", "copies", 0));
  }

  private static String group(String name, UUID... members) {
    String id = library.anonymous().body(Map.of("name", name, "description", "A class")).post("/econtent/groups")
        .then().statusCode(201).body("name", equalTo(name)).body("memberCount", equalTo(0)).extract().path("id");
    for (UUID member : members) {
      library.anonymous().put("/econtent/groups/" + id + "/members/" + member).then().statusCode(204);
    }
    return id;
  }

  private static String inDays(int days) {
    return OffsetDateTime.now().plusDays(days).withNano(0).toString();
  }

  @Test
  void groupsHaveMembersAndCanBeRenamedAndDeleted() {
    UUID ada = UUID.randomUUID();
    UUID grace = UUID.randomUUID();
    String id = group("Botany 101", ada, grace);
    library.anonymous().put("/econtent/groups/" + id + "/members/" + ada).then().statusCode(204);
    library.anonymous().get("/econtent/groups/" + id).then().statusCode(200).body("memberCount", equalTo(2));
    library.anonymous().get("/econtent/groups/" + id + "/members").then().statusCode(200)
        .body("totalRecords", equalTo(2)).body("members", hasItems(ada.toString(), grace.toString()));
    library.anonymous().delete("/econtent/groups/" + id + "/members/" + grace).then().statusCode(204);
    library.anonymous().delete("/econtent/groups/" + id + "/members/" + grace).then().statusCode(404);
    library.anonymous().body(Map.of("name", "Botany 102")).put("/econtent/groups/" + id).then().statusCode(200)
        .body("name", equalTo("Botany 102")).body("memberCount", equalTo(1)).body("description", nullValue());
    library.anonymous().get("/econtent/groups?query=name=botany*").then().statusCode(200).body("groups.id", hasItems(id));
    library.anonymous().delete("/econtent/groups/" + id).then().statusCode(204);
    library.anonymous().get("/econtent/groups/" + id).then().statusCode(404);
    library.anonymous().get("/econtent/groups/" + id + "/members").then().statusCode(404);
  }

  @Test
  void groupNamesAreUniqueAndIdsAreChecked() {
    group("Chemistry 101");
    library.anonymous().body(Map.of("name", "chemistry 101")).post("/econtent/groups").then().statusCode(409)
        .body("errors[0].code", equalTo("GROUP_NAME_TAKEN"));
    library.anonymous().body(Map.of("name", "")).post("/econtent/groups").then().statusCode(422);
    library.anonymous().put("/econtent/groups/" + UUID.randomUUID() + "/members/" + UUID.randomUUID()).then().statusCode(404);
    library.anonymous().put("/econtent/groups/" + group("Physics 101") + "/members/nobody").then().statusCode(400);
    library.anonymous().body(Map.of("name", "X")).put("/econtent/groups/" + UUID.randomUUID()).then().statusCode(404);
    library.anonymous().delete("/econtent/groups/nope").then().statusCode(404);
  }

  @Test
  void aMemberReadsThroughTheGroupLoanUntilItExpires() {
    String book = textbook("Principles of Botany");
    UUID student = UUID.randomUUID();
    String groupId = group("Botany 201", student);
    String expires = inDays(30);
    String loan = library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "expiresAt", expires))
        .post("/econtent/group-loans").then().statusCode(201).body("status", equalTo("active"))
        .body("groupId", equalTo(groupId)).extract().path("id");
    library.patron(student).get("/econtent/access/" + book).then().statusCode(200)
        .body("access", equalTo(true)).body("via", equalTo("group-loan")).body("groupLoanId", equalTo(loan))
        .body("groupId", equalTo(groupId));
    library.patron(UUID.randomUUID()).get("/econtent/access/" + book).then().statusCode(200)
        .body("access", equalTo(false)).body("via", nullValue());
    library.module.sql("UPDATE " + library.schema() + ".econtent_group_loans SET expires_at = now() - interval '1 second'"
        + " WHERE id = $1", UUID.fromString(loan));
    library.patron(student).get("/econtent/access/" + book).then().body("access", equalTo(false));
    library.anonymous().get("/econtent/group-loans/" + loan).then().statusCode(200).body("status", equalTo("expired"));
  }

  @Test
  void aGroupLoanIsRenewedWithANewEndAndEndedByDelete() {
    String book = textbook("Organic Chemistry");
    UUID patron = UUID.randomUUID();
    String loan = library.anonymous().body(Map.of("resourceId", book, "patronId", patron.toString(), "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(201).body("patronId", equalTo(patron.toString())).extract().path("id");
    String later = inDays(60);
    library.anonymous().body(Map.of("expiresAt", later)).put("/econtent/group-loans/" + loan).then().statusCode(200)
        .body("expiresAt", equalTo(OffsetDateTime.parse(later).toInstant().toString().replace("Z", ".000Z")));
    library.patron(patron).get("/econtent/access/" + book).then().body("access", equalTo(true)).body("groupId", nullValue());
    library.anonymous().get("/econtent/group-loans?query=resourceId==" + book).then().statusCode(200)
        .body("totalRecords", equalTo(1)).body("groupLoans[0].id", equalTo(loan));
    library.anonymous().get("/econtent/group-loans?query=patronId==" + patron + " and status==active").then()
        .body("totalRecords", equalTo(1));
    library.anonymous().delete("/econtent/group-loans/" + loan).then().statusCode(204);
    library.anonymous().delete("/econtent/group-loans/" + loan).then().statusCode(404);
    library.patron(patron).get("/econtent/access/" + book).then().body("access", equalTo(false));
    var types = new java.util.ArrayList<String>();
    library.module.sql("SELECT event_type FROM " + library.schema() + ".outbox WHERE aggregate_id = $1 ORDER BY id", loan)
        .forEach(r -> types.add(r.getString("event_type")));
    assertEquals(List.of("econtent.group-loan.created", "econtent.group-loan.changed", "econtent.group-loan.ended"), types);
  }

  @Test
  void onlyUnlimitedLicencesAreLentToGroups() {
    String limited = library.ebook("Rare Manuscripts", 3);
    library.anonymous().body(Map.of("resourceId", limited, "groupId", group("History 101"), "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(422).body("errors[0].code", equalTo("NOT_LENDABLE_TO_GROUP"));
  }

  @Test
  void aGroupLoanNeedsOneBorrowerAFutureEndAndAKnownGroup() {
    String book = textbook("Linear Algebra");
    String groupId = group("Maths 101");
    library.anonymous().body(Map.of("resourceId", book, "expiresAt", inDays(7))).post("/econtent/group-loans")
        .then().statusCode(422).body("errors[0].parameters[0].key", equalTo("groupId"));
    library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "patronId", UUID.randomUUID().toString(),
        "expiresAt", inDays(7))).post("/econtent/group-loans").then().statusCode(422);
    library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "expiresAt", "2001-01-01T00:00:00Z"))
        .post("/econtent/group-loans").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("expiresAt"));
    library.anonymous().body(Map.of("resourceId", book, "groupId", UUID.randomUUID().toString(), "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(422).body("errors[0].parameters[0].key", equalTo("groupId"));
    library.anonymous().body(Map.of("resourceId", "5-5-5", "groupId", groupId, "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(422).body("errors[0].code", equalTo("NOT_LENDABLE"));
    library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(201);
    library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "expiresAt", inDays(9)))
        .post("/econtent/group-loans").then().statusCode(409).body("errors[0].code", equalTo("ALREADY_LENT"));
    library.anonymous().body(Map.of("expiresAt", "soon")).put("/econtent/group-loans/" + UUID.randomUUID()).then().statusCode(422);
    library.anonymous().body(Map.of("expiresAt", inDays(3))).put("/econtent/group-loans/" + UUID.randomUUID()).then().statusCode(404);
    library.anonymous().get("/econtent/group-loans/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void deletingAGroupEndsItsLoans() {
    String book = textbook("Genetics");
    UUID student = UUID.randomUUID();
    String groupId = group("Biology 301", student);
    library.anonymous().body(Map.of("resourceId", book, "groupId", groupId, "expiresAt", inDays(7)))
        .post("/econtent/group-loans").then().statusCode(201);
    library.anonymous().delete("/econtent/groups/" + groupId).then().statusCode(204);
    library.patron(student).get("/econtent/access/" + book).then().body("access", equalTo(false));
    library.anonymous().get("/econtent/group-loans?query=groupId==" + groupId).then().body("totalRecords", equalTo(0));
  }

  @Test
  void aPersonalLoanGivesAccessUntilItIsDue() {
    String book = library.ebook("Field Guide to Birds", 1);
    UUID patron = UUID.randomUUID();
    String loan = library.checkOut(patron, book);
    library.patron(patron).get("/econtent/access/" + book).then().statusCode(200)
        .body("access", equalTo(true)).body("via", equalTo("loan")).body("loanId", equalTo(loan));
    library.anonymous().get("/econtent/access/" + book).then().statusCode(401);
    library.patron(patron).get("/econtent/access/1-1-1").then().statusCode(404);
  }
}
