package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line reader keeps every good line, reports each bad one with its line number, and bounds each line. */
class LandscapeLineReaderTest {
  static final CollabkitJson JSON = CollabkitJson.standard();
  static final String HEADER = "{\"formatVersion\":\"1.0\",\"name\":\"lines\"}";

  static String org(int i) {
    return "{\"organization\":{\"key\":\"o" + i + "\",\"names\":[{\"value\":\"O" + i + "\"}],\"types\":[\"umc\"]}}";
  }

  static InputStream lines(String... lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static List<String> keys(Landscape l) {
    return l.organizations().stream().map(o -> o.key()).collect(Collectors.toList());
  }

  @Test
  void returnsTheLineBeforeABadLineAndGoesOnAfterIt() {
    List<String> read = new ArrayList<>();
    List<Long> bad = new ArrayList<>();
    try (LandscapeLineReader r = JSON.lineReader(lines(HEADER, org(0), org(1), "this is not json", org(3), org(4)))) {
      while (r.hasNext()) {
        long line = r.nextLineNumber();
        try {
          read.add(((Organization) r.next()).key());
        } catch (CollabkitJsonException e) {
          assertEquals(line, e.line(), e.getMessage());
          assertEquals(JsonRule.SYNTAX, e.rule());
          bad.add(line);
        }
      }
    }
    assertEquals(List.of("o0", "o1", "o3", "o4"), read);
    assertEquals(List.of(4L), bad);
  }

  @Test
  void resynchronisesAfterATruncatedObject() {
    String truncated = org(2).substring(0, 30);
    LandscapeReadResult r = JSON.lineReader(lines(HEADER, org(0), org(1), truncated, org(3))).readAllCollecting();
    assertEquals(List.of("o0", "o1", "o3"), keys(r.landscape()));
    assertEquals(1, r.errors().size(), r.toString());
    assertEquals(4, r.errors().get(0).line());
  }

  @Test
  void readAllCollectingKeepsEveryGoodLineAndReportsEachBadOne() {
    LandscapeReadResult r = JSON.lineReader(lines(HEADER, org(0), "[1,2]", org(2), "",
        "{\"organization\":{\"key\":\"o5\",\"names\":[{\"value\":\"O5\"}],\"types\":[\"umc\",\"nope\"]}}", org(6), "{\"spaceship\":{}}"))
        .readAllCollecting();
    assertEquals(List.of("o0", "o2", "o5", "o6"), keys(r.landscape()));
    assertEquals(List.of("3 json.wrong-type", "6 json.unknown-code", "8 json.unknown-property"),
        r.problems().stream().map(p -> p.line() + " " + p.rule().code()).collect(Collectors.toList()), r.toString());
  }

  @Test
  void readAllStopsAtTheFirstBadLineNamingIt() {
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.lineReader(lines(HEADER, org(0), "nope", org(2))).readAll());
    assertEquals(3, e.line());
    assertEquals(List.of("o0", "o2"), keys(JSON.lineReader(lines(HEADER, org(0), org(2))).readAll()));
  }

  @Test
  void skipsALineOverTheLimitWithoutHoldingItAndGoesOn() {
    CollabkitJson small = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength(200).build()).build();
    String huge = "{\"organization\":{\"key\":\"o1\",\"names\":[{\"value\":\"" + "x".repeat(500) + "\"}]}}";
    LandscapeReadResult r = small.lineReader(lines(HEADER, org(0), huge, org(2))).readAllCollecting();
    assertEquals(List.of("o0", "o2"), keys(r.landscape()));
    assertEquals(JsonRule.LIMIT, r.errors().get(0).rule());
    assertEquals(3, r.errors().get(0).line());
    assertTrue(r.errors().get(0).message().contains("longer than the limit of 200 bytes"), r.toString());
  }

  @Test
  void readsLinesAsLongAsTheLimit() {
    CollabkitJson small = CollabkitJson.builder()
        .readConstraints(CollabkitJson.DEFAULT_READ_CONSTRAINTS.rebuild().maxDocumentLength(org(1).length()).build())
        .build();
    assertEquals(List.of("o1"), keys(small.lineReader(lines(HEADER, org(1))).readAll()));
  }

  @Test
  void acceptsWindowsLineEndsAndBlankLines() {
    String text = HEADER + "\r\n\r\n" + org(0) + "\r\n   \n" + org(1);
    assertEquals(List.of("o0", "o1"),
        keys(JSON.lineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).readAll()));
  }

  @Test
  void reportsInvalidUtf8OnItsLineAndGoesOn() {
    byte[] bad = (org(1).replace("O1", "O\u00e9")).getBytes(StandardCharsets.UTF_8);
    String good = HEADER + "\n" + org(0) + "\n";
    byte[] all = new byte[good.length() + bad.length + 1 + org(2).length()];
    System.arraycopy(good.getBytes(StandardCharsets.UTF_8), 0, all, 0, good.length());
    int at = good.length();
    for (byte b : bad) {
      all[at++] = b == (byte) 0xC3 ? (byte) 0xC0 : b; // é as an overlong lead byte
    }
    all[at++] = '\n';
    System.arraycopy(org(2).getBytes(StandardCharsets.UTF_8), 0, all, at, org(2).length());
    LandscapeReadResult r = JSON.lineReader(new ByteArrayInputStream(all)).readAllCollecting();
    assertEquals(List.of("o0", "o2"), keys(r.landscape()));
    assertEquals(3, r.errors().get(0).line());
    assertTrue(r.errors().get(0).message().contains("invalid UTF-8"), r.toString());
  }

  @Test
  void capsTheProblemsItKeeps() {
    CollabkitJson capped = CollabkitJson.builder().maxProblems(3).build();
    List<String> text = new ArrayList<>(List.of(HEADER));
    for (int i = 0; i < 10; i++) {
      text.add("bad " + i);
    }
    text.add(org(11));
    LandscapeReadResult r = capped.lineReader(lines(text.toArray(new String[0]))).readAllCollecting();
    assertEquals(List.of("o11"), keys(r.landscape()));
    assertEquals(4, r.problems().size(), r.toString());
    assertTrue(r.problems().get(3).message().startsWith("7 more problems not listed"), r.toString());
  }

  @Test
  void rejectsAnEmptyInputAndABadHeader() {
    assertThrows(CollabkitJsonException.class, () -> JSON.lineReader(new ByteArrayInputStream(new byte[0])));
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.lineReader(lines("\n", "{\"name\":1}")));
    assertEquals(3, e.line(), e.getMessage());
    assertFalse(e.getMessage().isEmpty());
  }
}
