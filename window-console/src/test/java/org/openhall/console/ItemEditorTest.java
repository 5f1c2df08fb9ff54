package org.openhall.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemContent;
import org.openhall.catalogue.ItemType;
import org.openhall.catalogue.form.FieldType;
import org.openhall.console.ItemEditor.FeeRow;
import org.openhall.console.ItemEditor.FieldRow;
import org.openhall.console.ItemEditor.MaterialRow;
import org.openhall.console.ItemEditor.OptionRow;
import org.openhall.kernel.DomainException.Violation;

class ItemEditorTest {

  @Test
  void movesRowsUpAndDownAndIgnoresMovesPastTheEnds() {
    ItemEditor e = editor(List.of(material("A"), material("B"), material("C")), List.of(),
        List.of());

    assertThat(names(e.apply("up:materials:2"))).containsExactly("A", "C", "B");
    assertThat(names(e.apply("down:materials:0"))).containsExactly("B", "A", "C");
    assertThat(names(e.apply("up:materials:0"))).containsExactly("A", "B", "C");
    assertThat(names(e.apply("down:materials:2"))).containsExactly("A", "B", "C");
    assertThat(names(e.apply("remove:materials:1"))).containsExactly("A", "C");
    assertThat(names(e.apply("nonsense"))).containsExactly("A", "B", "C");
    assertThat(e.apply("add:materials").materials()).last()
        .satisfies(m -> assertThat(m.id()).isEqualTo("M4"));
    assertThat(ItemEditor.focusAfter("up:materials:2", e)).isEqualTo("materials-1-up");
    assertThat(ItemEditor.focusAfter("down:options:1:0", e)).isEqualTo("fields-1-options-1-down");
  }

  @Test
  void movesTheOptionsOfOneField() {
    FieldRow select = new FieldRow("kind", "类型", null, FieldType.SELECT, false, "", "", "", "",
        "", "", "", "", "", List.of(new OptionRow("A", "甲"), new OptionRow("B", "乙")));
    ItemEditor e = editor(List.of(), List.of(), List.of(select));

    assertThat(e.apply("down:options:0:0").fields().get(0).options())
        .extracting(OptionRow::value).containsExactly("B", "A");
    assertThat(e.apply("add:options:0").fields().get(0).options()).hasSize(3);
  }

  @Test
  void leavesEmptyRowsOutAndMapsTheDomainsPathsBackToTheRowsAsPosted() {
    ItemEditor e = editor(List.of(material(""), material("B"), material("")),
        List.of(new FeeRow("", "", ""), new FeeRow("工本费", "", "依据")), List.of());

    ItemContent c = e.content(Map.of());

    assertThat(c.guide().materials()).extracting(m -> m.name()).containsExactly("B");
    assertThat(c.guide().fees()).hasSize(1);
    assertThat(e.editorPath(new Violation("materials[0].name", "ITEM_MATERIAL_INCOMPLETE",
        List.of("X", 1)))).isEqualTo("materials[1].name");
    assertThat(e.editorPath(new Violation("fees[0].amount", "ITEM_FEE_INCOMPLETE",
        List.of("X", 1)))).isEqualTo("fees[1].amount");
    assertThat(e.editorPath(new Violation("materials", "ITEM_MATERIALS_MISSING", List.of("X"))))
        .isEqualTo("materials");
    assertThat(e.editorPath(new Violation("location", "ITEM_LOCATION_MISSING", List.of("X"))))
        .isEqualTo("location");
  }

  @Test
  void refusesLettersWhereANumberIsNeededByRowAndField() {
    ItemEditor e = editor(List.of(), List.of(new FeeRow("工本费", "十元", "依据")), List.of());

    assertThat(e.unreadable()).extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fees[0].amount",
            "EDITOR_NUMBER_INVALID"));
    assertThat(e.content(Map.of()).guide().fees()).singleElement()
        .satisfies(f -> assertThat(f.amount()).isNull());
  }

  @Test
  void placesAFormProblemOnItsFieldsRow() {
    FieldRow blank = new FieldRow("", "", "", FieldType.TEXT, false, "", "", "", "", "", "", "", "",
        "", List.of());
    FieldRow select = new FieldRow("kind", "类型", null, FieldType.SELECT, false, "", "", "", "",
        "", "", "", "", "", List.of());
    FieldRow url = new FieldRow("url", "网址", null, FieldType.TEXT, false, "", "", "", "", "", "",
        "", "kind", "ONLINE", List.of());
    ItemEditor e = editor(List.of(), List.of(), List.of(blank, select, url));

    assertThat(e.editorPath(new Violation("form.kind", "FORM_SELECT_WITHOUT_OPTIONS",
        List.of("kind")))).isEqualTo("fields[1].options");
    assertThat(e.editorPath(new Violation("form.url", "FORM_SHOW_WHEN_NOT_AN_OPTION",
        List.of("url", "kind", "ONLINE")))).isEqualTo("fields[2].showWhenField");
    assertThat(e.editorPath(new Violation("form.null", "FORM_LABEL_BLANK", List.of("#1"))))
        .as("a field without a key is found by its position among the fields kept")
        .isEqualTo("fields[1].label");
  }

  private static List<String> names(ItemEditor e) {
    return e.materials().stream().map(MaterialRow::name).toList();
  }

  private static MaterialRow material(String name) {
    return new MaterialRow("", name, true, false, "1", "0", "", "", "", null, null);
  }

  private static ItemEditor editor(List<MaterialRow> materials, List<FeeRow> fees,
      List<FieldRow> fields) {
    return new ItemEditor("X-1", "名称", ItemType.LICENCE, ItemCategory.PROMISED, "SCJG", "", "",
        10, 5, null, 3, 1, "地点", "时间", "12345", "PromisedApproval", true, List.of(),
        List.of(), List.of(), new ArrayList<>(materials), fees, fields, null, null, null, null);
  }
}
