package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.match.Importance;
import io.github.collabkit.match.MatchReason;
import io.github.collabkit.match.Usability;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for choosing Dutch or English, and every place that labels by it. */
class LanguageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", textBlock = """
      lower-case nl           | nl    | DUTCH
      upper-case NL           | NL    | DUTCH
      Dutch in Belgium        | nl-BE | DUTCH
      underscore form         | nl_NL | DUTCH
      English                 | en    | ENGLISH
      British English         | en-GB | ENGLISH
      another language        | fr    | ENGLISH
      a tag that starts nl    | nld   | ENGLISH
      blank                   | ' '   | ENGLISH
      no preference           | NULL  | ENGLISH
      """, delimiter = '|')
  void choosesDutchOnlyForThePrimaryLanguageNl(String name, String tag, Language expected) {
    assertEquals(expected, Language.of(tag));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", delimiter = '|', textBlock = """
      nl    | Fysiek          | bruikbaar        | biedt Humane infectiestudies (vereist)       | Samenwerking LUMC
      NL    | Fysiek          | bruikbaar        | biedt Humane infectiestudies (vereist)       | Samenwerking LUMC
      nl-BE | Fysiek          | bruikbaar        | biedt Humane infectiestudies (vereist)       | Samenwerking LUMC
      en    | In person       | usable           | offers Human challenge trials (required)    | LUMC collaboration
      NULL  | In person       | usable           | offers Human challenge trials (required)    | LUMC collaboration
      """)
  void everyLabelChoosesByTheSameRule(String tag, String vocabulary, String usability, String reason, String text) {
    LocalizedText title = LocalizedText.enNl("LUMC collaboration", "Samenwerking LUMC");
    MatchReason offers = new MatchReason(MatchReason.Facet.CAPABILITY, "human-challenge-trials", Importance.REQUIRED,
        LocalizedText.enNl("Human challenge trials", "Humane infectiestudies"));
    assertEquals(List.of(vocabulary, usability, reason, text), List.of(SigningMode.IN_PERSON.label(tag),
        Usability.USABLE.label(tag), offers.text(tag), title.text(tag)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "NULL", delimiter = '|', textBlock = """
      NL    | Leids Universitair Medisch Centrum
      nl-BE | Leids Universitair Medisch Centrum
      en    | Leiden University Medical Center
      NULL  | Leids Universitair Medisch Centrum
      """)
  void displayNamesMatchByPrimaryLanguage(String tag, String expected) {
    Organization lumc = Organization.builder().ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.DISPLAY))
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.LABEL))
        .addType(OrganizationType.UMC).build();
    assertEquals(expected, lumc.displayName(tag));
  }
}
