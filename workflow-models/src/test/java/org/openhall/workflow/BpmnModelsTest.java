package org.openhall.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models as people open them in Camunda Modeler and Cockpit: valid, drawn completely, readable
 * (no shape on another), connected both ways, and without timers (warnings come from the deadline
 * sweep, not from per-case BPMN timers).
 */
class BpmnModelsTest {

  /** Every model in bpmn/, by name (PromisedApproval, JointApproval, InstantApproval, Filing). */
  static Stream<String> models() throws IOException {
    return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:bpmn/*.bpmn"))
        .map(resource -> resource.getFilename().replaceFirst("\\.bpmn$", "")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  void isValidAndNamedAfterItsFile(String name) {
    BpmnModelInstance model = read(name);

    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(name);
  }

  @ParameterizedTest
  @MethodSource("models")
  void drawsEveryFlowNodeAndSequenceFlow(String name) {
    BpmnModelInstance model = read(name);

    assertThat(model.getModelElementsByType(FlowNode.class))
        .filteredOn(node -> node.getDiagramElement() == null).extracting(BaseElement::getId)
        .as("%s: flow nodes without a shape", name).isEmpty();
    assertThat(model.getModelElementsByType(SequenceFlow.class))
        .filteredOn(flow -> flow.getDiagramElement() == null).extracting(BaseElement::getId)
        .as("%s: sequence flows without an edge", name).isEmpty();
    assertThat(model.getModelElementsByType(SubProcess.class))
        .filteredOn(sub -> !((BpmnShape) sub.getDiagramElement()).isExpanded())
        .extracting(BaseElement::getId).as("%s: collapsed sub-processes", name).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void listsEveryFlowNodesIncomingAndOutgoingFlows(String name) {
    BpmnModelInstance model = read(name);

    Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(ids(node.getIncoming())).as("%s: incoming of %s", name, node.getId())
          .isEqualTo(ids(flows.stream().filter(f -> f.getTarget() == node).toList()));
      assertThat(ids(node.getOutgoing())).as("%s: outgoing of %s", name, node.getId())
          .isEqualTo(ids(flows.stream().filter(f -> f.getSource() == node).toList()));
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void drawsNoShapeOnAnotherAndEachBoundaryEventOnItsTasksBorder(String name) {
    BpmnModelInstance model = read(name);

    Process process = model.getModelElementsByType(Process.class).iterator().next();
    List<String> overlaps =
        new ArrayList<>(overlapsAmong(shaped(process.getChildElementsByType(FlowNode.class))));
    for (SubProcess sub : model.getModelElementsByType(SubProcess.class)) {
      List<FlowNode> children = shaped(sub.getChildElementsByType(FlowNode.class));
      overlaps.addAll(overlapsAmong(children));
      assertThat(children).filteredOn(child -> !contains(bounds(sub), bounds(child)))
          .extracting(BaseElement::getId).as("%s: drawn outside %s", name, sub.getId()).isEmpty();
    }
    assertThat(overlaps).as("%s: overlapping shapes", name).isEmpty();

    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      assertThat(centreOnBorder(bounds(event), bounds(event.getAttachedTo())))
          .as("%s: %s on the border of %s", name, event.getId(), event.getAttachedTo().getId()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void hasNoTimer(String name) {
    assertThat(read(name).getModelElementsByType(TimerEventDefinition.class))
        .extracting(timer -> ((BaseElement) timer.getParentElement()).getId())
        .as("%s: elements with a timer", name).isEmpty();
  }

  /** Nodes without a shape are left to {@link #drawsEveryFlowNodeAndSequenceFlow}. */
  private static List<FlowNode> shaped(Collection<FlowNode> nodes) {
    return nodes.stream().filter(node -> node.getDiagramElement() != null).toList();
  }

  private static List<String> overlapsAmong(List<FlowNode> list) {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        FlowNode a = list.get(i);
        FlowNode b = list.get(j);
        if (!attached(a, b) && !attached(b, a) && intersect(bounds(a), bounds(b))) {
          overlaps.add(a.getId() + " / " + b.getId());
        }
      }
    }
    return overlaps;
  }

  private static boolean attached(FlowNode event, FlowNode host) {
    return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
  }

  /** Touching counts as overlapping, as in bpmnlint's no-overlapping-elements. */
  private static boolean intersect(Bounds a, Bounds b) {
    return a.getX() <= b.getX() + b.getWidth() && b.getX() <= a.getX() + a.getWidth()
        && a.getY() <= b.getY() + b.getHeight() && b.getY() <= a.getY() + a.getHeight();
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    return outer.getX() <= inner.getX() && outer.getY() <= inner.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private static boolean centreOnBorder(Bounds event, Bounds host) {
    double x = event.getX() + event.getWidth() / 2;
    double y = event.getY() + event.getHeight() / 2;
    double left = host.getX();
    double right = left + host.getWidth();
    double top = host.getY();
    double bottom = top + host.getHeight();
    boolean onVertical = (x == left || x == right) && top <= y && y <= bottom;
    boolean onHorizontal = (y == top || y == bottom) && left <= x && x <= right;
    return onVertical || onHorizontal;
  }

  private static Bounds bounds(BaseElement element) {
    return ((BpmnShape) element.getDiagramElement()).getBounds();
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static BpmnModelInstance read(String name) {
    String resource = "bpmn/" + name + ".bpmn";
    try (InputStream in = BpmnModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
