package io.github.collabkit.index;

import io.github.collabkit.model.UnknownCodeException;
import java.util.Arrays;

/**
 * Which level of an organization hierarchy {@link OrganizationIndex#resolve(String, Level)}
 * answers when a text names a unit, its parent or both, as in "Dept. of Parasitology, LUMC,
 * Leiden University".
 *
 * <p>The organizations a text names are found the same way under either level (see {@link
 * OrganizationIndex#resolveAll(String)}); the level only decides which of them, or which of their
 * ancestors in the index, is the answer.
 */
public enum Level {
  /**
   * One organization per affiliation. Affiliations are written from the smallest unit outwards
   * and end with their institution, so when the last organization named is a university and
   * those before it are its units ("Hotchkiss Brain Institute, University of Calgary") or not
   * linked to it at all ("Cancer Research Institute, Seoul National University College of
   * Medicine"), the answer is that university, unless one of the others is another university or
   * a hospital or umc in another city (a second affiliation). A school that belongs to some other
   * university and is named only by what it is ("Institute of Anatomy") is not another university,
   * and words that fit namesakes the index cannot tell apart count as a unit. Organizations the
   * index relates
   * ({@link io.github.collabkit.model.RelationKind#RELATED}, also through a parent) without one
   * lying below the other, such as a umc and the university it works with, are read as one
   * affiliation: "Department of Surgery, Erasmus MC, Erasmus University Rotterdam" answers the
   * university when exactly one of them is a university, and none otherwise. Any other unit
   * named with an organization it belongs to gives no answer, with status {@link
   * Resolution.Status#SEVERAL_NAMED} and both in {@link Resolution#named()}: labelled
   * affiliation strings name the unit in some such cases ("Institut Jean Nicod, CNRS") and the
   * parent in others, so this rule answers fewer texts and is wrong least often. The default of
   * {@link OrganizationIndex#resolve(String)}.
   */
  ONE_ORGANIZATION("one-organization"),

  /**
   * The most specific organization the text names: one that no other organization named in the
   * text lies below. When several such organizations are named and the index relates them (a umc
   * and the university it works with), the first in the text, as affiliations are written from
   * the smallest unit outwards; when they are unrelated (two affiliations in one string), none,
   * with status {@link Resolution.Status#SEVERAL_NAMED}.
   */
  MOST_SPECIFIC("most-specific"),

  /**
   * The broadest organization the text names that the most specific one belongs to: for "Centre
   * de Recherches Sémiotiques, Université de Limoges" the university, when the index holds the
   * centre as its unit; the most specific one when no organization above it is named. This is how
   * ROR's labelled affiliation strings are labelled. Among organizations the index relates without
   * one lying below the other (a umc and its university), the university when exactly one of them
   * is a university, else the last named; among organizations not linked at all, the last named
   * when it is the only university, as under {@link #ONE_ORGANIZATION}.
   */
  BROADEST_NAMED("broadest-named"),

  /**
   * The organization the most specific one belongs to: its parent links in the index are followed
   * to the top ("Radboud Institute for Health Sciences" answers Radboudumc when the index holds
   * the institute as a unit of Radboudumc). An organization without a parent in the index answers
   * itself.
   */
  TOP_LEVEL("top-level");

  private final String code;

  Level(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lowercase code of this level, as written on a command line or in JSON.
   *
   * @return the code, such as {@code most-specific}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the level with a code.
   *
   * @param code the code, such as {@code top-level}
   * @return the level
   * @throws UnknownCodeException when no level has that code, listing the allowed codes
   */
  public static Level fromCode(String code) {
    for (Level l : values()) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    throw new UnknownCodeException("Level", code,
        Arrays.stream(values()).map(Level::code).toList());
  }
}
