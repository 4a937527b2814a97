package mx.michangarrito.pos.ui.sale;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The quick-key grid under the search box: a row of category tabs and big touch keys (name and price,
 * weighed goods marked). Nothing in it takes the focus by itself, so scans keep landing in the sale; Ctrl+T
 * takes the keyboard into it (arrows move, Tab or PgUp/PgDn change the category, Enter adds) and Ctrl+T
 * or Escape gives it back to the search box. Fewer columns on a narrow screen or with bigger letters; a key
 * wraps its name over as many lines as it needs and keeps its price on the last line, so no name is cut to
 * "..." and each row of keys is as tall as its tallest key.
 */
public final class QuickKeysPane {

    /** The narrowest a key gets before the grid drops a column, at the normal letter size (wider with bigger ones). */
    static final double KEY_WIDTH = 130;
    /** The lowest a key gets: a finger's target even for a one-line name. */
    static final double KEY_HEIGHT = 64;
    /** The tabs' letter size at the normal setting (counter.css), to scale {@link #KEY_WIDTH} with the setting. */
    private static final double TAB_FONT = 15;
    private static final double GAP = 6;
    private static final int MAX_COLUMNS = 8;
    /** Rows in view at once at most; more scroll, so the cart keeps its room at 1024×768. */
    private static final int ROWS_IN_VIEW = 2;
    /** The most of the sale screen's height the keys in view take (whole rows only, the first row always). */
    private static final double ROOM_SHARE = 0.35;

    private final QuickKeysViewModel model;
    private final Texts texts;
    private final Runnable leave;
    private final VBox root = new VBox(GAP) {
        @Override
        protected void layoutChildren() {
            fitColumns(getWidth());
            fitViewport();
            super.layoutChildren();
        }
    };
    /** The category tabs, wrapped onto more rows when they do not fit side by side (never cut to "..."). */
    private final FlowPane tabBar = new FlowPane(GAP, GAP);
    private final GridPane grid = new GridPane(GAP, GAP);
    private final ScrollPane scroll = new ScrollPane(grid);
    private int columns = 4;

    /** @param leave gives the keyboard back to the search box */
    public QuickKeysPane(QuickKeysViewModel model, Texts texts, Runnable leave) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.leave = Objects.requireNonNull(leave, "leave");
    }

    public Node build() {
        root.setId("quick-keys");
        root.getStyleClass().add("quick-keys");
        root.setFocusTraversable(false);
        tabBar.getStyleClass().add("quick-tabs");
        tabBar.setAlignment(Pos.CENTER_LEFT);
        grid.setId("quick-grid");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(Region.USE_PREF_SIZE); // whole rows (fitViewport): the cart gives way, not the keys
        Label hint = Widgets.label("", "quick-hint");
        hint.setId("quick-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());
        hint.visibleProperty().bind(model.emptyProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label keysHelp = Widgets.label(texts.get("quick.help"), "quick-hint");
        keysHelp.visibleProperty().bind(root.focusedProperty());
        keysHelp.managedProperty().bind(keysHelp.visibleProperty());
        scroll.visibleProperty().bind(model.emptyProperty().not());
        scroll.managedProperty().bind(scroll.visibleProperty());
        root.getChildren().setAll(hint, tabBar, scroll, keysHelp);
        root.visibleProperty().bind(model.searchingBinding().not());
        root.managedProperty().bind(root.visibleProperty());

        model.tabs().addListener((ListChangeListener<String>) c -> showTabs());
        model.tabProperty().addListener((obs, was, now) -> showTabs());
        model.keys().addListener((ListChangeListener<QuickKeysViewModel.Key>) c -> showKeys());
        model.selectedProperty().addListener((obs, was, now) -> showSelection());
        root.focusedProperty().addListener((obs, was, now) -> showSelection());
        // Ctrl+T's own typed letter must not go on to the search box and take the keyboard back from the grid.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown()) {
                e.consume();
            }
        });
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.reload(); // back from the back office: the owner may have changed the keys
            }
        });
        return root;
    }

    /** The key for the sale screen's key bar. */
    public Button keyButton() {
        return Widgets.key("Ctrl+T", texts.get("key.quick-keys"), this::toggle);
    }

    /** Takes the keyboard into the grid, or gives it back to the search box. */
    public void toggle() {
        if (root.isFocused()) {
            leave.run();
        } else if (model.enter()) {
            root.requestFocus();
        }
    }

    /**
     * The grid's keys, called first by the sale screen's key filter; true (and consumed) when the grid
     * took the key. Only Ctrl+T is taken while the grid does not have the keyboard.
     */
    public boolean handle(KeyEvent e) {
        Runnable action = e.isShortcutDown() && e.getCode() == KeyCode.T ? this::toggle : null;
        if (action == null && root.isFocused()) {
            action = switch (e.getCode()) {
                case LEFT -> () -> model.move(-1, 0);
                case RIGHT -> () -> model.move(1, 0);
                case UP -> () -> model.move(0, -1);
                case DOWN -> () -> model.move(0, 1);
                case TAB -> () -> model.nextTab(e.isShiftDown() ? -1 : 1);
                case PAGE_UP -> () -> model.nextTab(-1);
                case PAGE_DOWN -> () -> model.nextTab(1);
                case ENTER -> model::pressSelected;
                case ESCAPE -> leave;
                default -> null;
            };
        }
        if (action == null) {
            return false;
        }
        e.consume();
        action.run();
        return true;
    }

    private void showTabs() {
        tabBar.getChildren().clear();
        for (int i = 0; i < model.tabs().size(); i++) {
            int index = i;
            Button tab = new Button(model.tabs().get(i));
            tab.setFocusTraversable(false);
            tab.setId("quick-tab-" + i);
            tab.setOnAction(e -> model.showTab(index));
            tab.setMinWidth(Region.USE_PREF_SIZE);
            if (i == model.tabProperty().get()) {
                tab.getStyleClass().add("selected");
            }
            tabBar.getChildren().add(tab);
        }
    }

    /** As many columns as keys of {@link #KEY_WIDTH} (scaled with the letter size) fit in {@code width}. */
    private void fitColumns(double width) {
        if (width <= 0) {
            return;
        }
        double scale = !tabBar.getChildren().isEmpty() && tabBar.getChildren().getFirst() instanceof Button tab
                ? tab.getFont().getSize() / TAB_FONT : 1;
        double keyWidth = KEY_WIDTH * Math.max(1, scale);
        int fit = (int) Math.floor((width + GAP) / (keyWidth + GAP));
        int next = Math.clamp(fit, 1, MAX_COLUMNS);
        if (next != columns) {
            columns = next;
            showKeys();
            grid.applyCss(); // the new keys' letters, for their heights below
        }
    }

    /**
     * Makes the scroll pane as tall as the first rows of keys (at most {@link #ROWS_IN_VIEW}, whole rows that fit in
     * {@link #ROOM_SHARE} of the screen; the first always), each row as tall as its tallest key at the column width
     * (names wrap), so no row in view is cut. A first row taller than that room is cut at it and scrolls.
     */
    private void fitViewport() {
        int count = grid.getChildren().size();
        if (count == 0) {
            return;
        }
        double viewWidth = scroll.getViewportBounds().getWidth();
        Insets around = scroll.getInsets();
        double width = viewWidth > 0 ? viewWidth : root.getWidth() - around.getLeft() - around.getRight();
        // A hair narrower than the grid's own columns: a key's height is never underestimated.
        double columnWidth = Math.floor((width - GAP * (columns - 1)) / columns) - 1;
        int rows = Math.min(ROWS_IN_VIEW, (count + columns - 1) / columns);
        double room = root.getParent() instanceof Region screen && screen.getHeight() > 0
                ? Math.max(KEY_HEIGHT, screen.getHeight() * ROOM_SHARE) : Double.MAX_VALUE;
        double height = 0;
        for (int row = 0; row < rows; row++) {
            double tallest = KEY_HEIGHT;
            for (int i = row * columns; i < Math.min(count, (row + 1) * columns); i++) {
                tallest = Math.max(tallest, grid.getChildren().get(i).prefHeight(columnWidth));
            }
            double next = height + (row > 0 ? GAP : 0) + Math.ceil(tallest);
            if (row > 0 && next > room) {
                break;
            }
            height = Math.min(next, room);
        }
        if (Math.abs(scroll.getPrefViewportHeight() - height) > 0.5) {
            scroll.setPrefViewportHeight(height);
        }
    }

    private void showKeys() {
        model.setColumns(columns);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < model.keys().size(); i++) {
            QuickKeysViewModel.Key key = model.keys().get(i);
            int index = i;
            Button button = new Button(key.name() + "\n" + key.price());
            button.setId("quick-key-" + i);
            button.getStyleClass().add("quick-key");
            if (key.weighed()) {
                button.getStyleClass().add("weighed");
            }
            button.setFocusTraversable(false); // a touch adds the product and leaves the focus where it was
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(0);
            button.setMinHeight(KEY_HEIGHT); // taller when the name needs more lines
            button.setMaxHeight(Double.MAX_VALUE); // as tall as the row's tallest key
            button.setOnAction(e -> model.press(index));
            grid.add(button, i % columns, i / columns);
        }
        root.requestLayout(); // the scroll pane's height follows the new keys (fitViewport)
        showSelection();
    }

    private void showSelection() {
        int selected = model.selectedProperty().get();
        for (int i = 0; i < grid.getChildren().size(); i++) {
            Node key = grid.getChildren().get(i);
            key.getStyleClass().remove("current");
            if (i == selected && root.isFocused()) {
                key.getStyleClass().add("current");
            }
        }
        if (selected >= 0 && selected < grid.getChildren().size()) {
            scrollTo(grid.getChildren().get(selected));
        }
    }

    /** Scrolls the grid just enough to show the whole {@code key} (its top first when it is taller than the view). */
    private void scrollTo(Node key) {
        double view = scroll.getViewportBounds().getHeight();
        double extra = grid.getHeight() - view;
        if (extra <= 0 || view <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        Bounds b = key.getBoundsInParent();
        if (b.getMaxY() > top + view) {
            top = b.getMaxY() - view;
        }
        if (b.getMinY() < top) {
            top = b.getMinY();
        }
        scroll.setVvalue(Math.clamp(top / extra, 0, 1));
    }
}
