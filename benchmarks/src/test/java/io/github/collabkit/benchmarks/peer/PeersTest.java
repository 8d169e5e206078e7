package io.github.collabkit.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The peers agree with collabkit on what they both check, so speed is compared on equal work. */
class PeersTest {

  @ParameterizedTest
  @EnumSource(value = Peer.class, names = {"COLLABKIT", "HIBERNATE_VALIDATOR"})
  void validatorsAcceptGeneratedLandscapes(Peer peer) {
    assertEquals(0, peer.create(LandscapeValidation.class, Landscapes.get("1000")).validate());
  }

  @ParameterizedTest
  @EnumSource(value = Peer.class, names = {"COLLABKIT", "HIBERNATE_VALIDATOR"})
  void validatorsRejectDanglingParent(Peer peer) {
    Landscape landscape = Landscapes.get("1000");
    Landscape broken = landscape.withOrganizations(append(landscape, Organization.builder()
        .ref(OrganizationRef.of("orphan")).addName(Name.acronym("ORPH")).addType(OrganizationType.DEPARTMENT)
        .parent(OrganizationRef.of("absent")).addAllSources(landscape.organizations().get(0).sources())
        .build()));
    assertTrue(peer.create(LandscapeValidation.class, broken).validate() >= 1);
  }

  private static java.util.List<Organization> append(Landscape landscape, Organization o) {
    java.util.List<Organization> all = new java.util.ArrayList<>(landscape.organizations());
    all.add(o);
    return all;
  }

  @org.junit.jupiter.api.Test
  void plainJacksonWritesTheSameContentAsCollabkit() {
    Landscape landscape = Landscapes.get("1000");
    java.io.ByteArrayOutputStream ours = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream theirs = new java.io.ByteArrayOutputStream();
    Peer.COLLABKIT.create(DocumentCodec.class, landscape).writeDocument(ours);
    Peer.JACKSON.create(DocumentCodec.class, landscape).writeDocument(theirs);
    // the same bytes, layout included; collabkit ends a document with a newline, Jackson does not
    assertEquals(ours.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing(),
        theirs.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void plainJacksonWritesTheSameLinesAsCollabkit() {
    Landscape landscape = Landscapes.get("1000");
    java.io.ByteArrayOutputStream ours = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream theirs = new java.io.ByteArrayOutputStream();
    Peer.COLLABKIT.create(DocumentCodec.class, landscape).writeLines(ours);
    Peer.JACKSON.create(DocumentCodec.class, landscape).writeLines(theirs);
    assertEquals(ours.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing(),
        theirs.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void plainJacksonRejectsDuplicatePropertiesAsCollabkitDoes() {
    byte[] duplicate = "{\"formatVersion\":\"1.0\",\"name\":\"a\",\"name\":\"b\"}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Landscape landscape = Landscapes.get("1000");
    org.junit.jupiter.api.Assertions.assertThrows(tools.jackson.core.JacksonException.class,
        () -> Peer.JACKSON.create(DocumentCodec.class, landscape).readDocument(duplicate));
    org.junit.jupiter.api.Assertions.assertThrows(io.github.collabkit.json.CollabkitJsonException.class,
        () -> Peer.COLLABKIT.create(DocumentCodec.class, landscape).readDocument(duplicate));
  }

  @org.junit.jupiter.api.Test
  void plainJacksonReadsCollabkitLinesWithoutUnknownProperties() {
    Landscape landscape = Landscapes.get("1000");
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    Peer.COLLABKIT.create(DocumentCodec.class, landscape).writeLines(lines);
    Object[] read = (Object[]) Peer.JACKSON.create(DocumentCodec.class, landscape).readLines(lines.toByteArray());
    int entities = landscape.sources().size() + landscape.concepts().size() + landscape.organizations().size()
        + landscape.people().size() + landscape.partnerships().size() + landscape.infrastructures().size()
        + landscape.strategies().size();
    assertEquals(entities, ((java.util.List<?>) read[1]).size());
  }
}
