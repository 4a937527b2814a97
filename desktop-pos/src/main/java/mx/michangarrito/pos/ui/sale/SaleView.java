package mx.michangarrito.pos.ui.sale;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.cash.CashMovementView;
import mx.michangarrito.pos.ui.cash.CashMovementViewModel;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.payment.PaymentView;
import mx.michangarrito.pos.ui.payment.PaymentViewModel;

/**
 * The sale screen: search box on top, the cart below it, the big total on the right and one key per
 * action along the bottom. Every action has its F-key; the mouse is never needed.
 */
public final class SaleView {

    /** Builds the payment for a cart; the payment calls back when the sale is stored. */
    public interface PaymentFactory extends Function<Cart, PaymentViewModel> {
    }

    private final SaleViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final String shopName;
    private final PaymentFactory payments;
    private final Supplier<CashMovementViewModel> cashMoves;
    private final Runnable corte;
    private final Runnable logout;
    private final Runnable backOffice;
    private final TextField search = new TextField();
    private final SearchBox searchBox;
    private final ListView<ProductHit> results = new ListView<>();
    private final TableView<LineRow> cart = new TableView<>();
    private boolean syncingSelection;
    private final SalePrompts prompts;
    private final PrinterViewModel printer;
    private Parent built;
    private javafx.scene.Node topBarStatus = new Region();
    private QuickKeysPane quickKeys;

    public SaleView(SaleViewModel model, PrinterViewModel printer, Texts texts, Shell shell, String shopName,
            PaymentFactory payments, Supplier<CashMovementViewModel> cashMoves, Runnable corte, Runnable logout,
            Runnable backOffice) {
        this.printer = printer;
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.shopName = shopName;
        this.payments = payments;
        this.cashMoves = cashMoves;
        this.corte = corte;
        this.logout = logout;
        this.backOffice = backOffice;
        this.prompts = new SalePrompts(model, texts, shell, this::focusSearch);
        this.searchBox = new SearchBox(search, model::search); // once: build() runs again after the back office
    }

    /** A status shown in the top bar beside the cashier (the sync indicator); set before {@link #build()}. */
    public void showInTopBar(javafx.scene.Node status) {
        topBarStatus = java.util.Objects.requireNonNull(status, "status");
    }

    /** The quick-key grid under the search box (Ctrl+T); set before {@link #build()}. */
    public void showQuickKeys(QuickKeysViewModel keys) {
        quickKeys = new QuickKeysPane(keys, texts, this::focusSearch);
    }

    /** The screen; built once, so coming back from the corte shows the same sale. */
    public Parent build() {
        if (built != null) {
            Platform.runLater(search::requestFocus);
            return built;
        }
        BorderPane screen = new BorderPane();
        built = screen;
        PrinterPanel printing = new PrinterPanel(printer, texts);
        screen.setTop(new VBox(topBar(), printing.banner()));
        VBox preview = printing.preview();
        StackPane.setAlignment(preview, Pos.TOP_RIGHT);
        screen.setCenter(new StackPane(centre(), preview));
        screen.setRight(totalPanel());
        screen.setBottom(keyBar());
        screen.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        screen.addEventHandler(KeyEvent.KEY_TYPED, searchBox::typedElsewhere);
        model.awaitingWeightProperty().addListener((obs, was, now) -> {
            if (now != null) {
                prompts.askWeight(now.name());
            } else if (was != null && shell.hasOverlay()) {
                shell.closeOverlay(); // the scale gave the weight: the typing prompt is not needed
                focusSearch();
            }
        });
        Platform.runLater(search::requestFocus);
        return screen;
    }

    private HBox topBar() {
        Label shop = Widgets.label(shopName, "shop");
        Label cashier = new Label(texts.get("sale.cashier", model.cashier().displayName()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, shop, gap, topBarStatus, cashier);
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox centre() {
        search.setId("search");
        search.setPromptText(texts.get("sale.search.prompt"));
        search.setOnAction(e -> searchEnter());

        results.setId("results");
        results.getStyleClass().add("results");
        results.setItems(model.searchResults());
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProductHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.name() + "   " + texts.money(hit.price())
                        + (hit.sku().isEmpty() ? "" : "   [" + hit.sku() + "]"));
            }
        });
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.searchResults()));
        results.managedProperty().bind(results.visibleProperty());
        results.setPrefHeight(260);
        results.setFocusTraversable(false);
        results.setOnMouseClicked(e -> addSelectedResult());

        cart.setId("cart");
        cart.getStyleClass().add("cart");
        cart.setItems(model.lines());
        cart.setPlaceholder(new Label(texts.get("sale.empty")));
        cart.getColumns().setAll(List.of(
                // Quantity wide enough for "0.350 kg" at 1024×768 (it was cut to "0.35...").
                column(texts.get("sale.column.description"), LineRow::description, 0.42),
                column(texts.get("sale.column.quantity"), LineRow::quantity, 0.16),
                column(texts.get("sale.column.price"), LineRow::unitPrice, 0.14),
                column(texts.get("sale.column.discount"), LineRow::discount, 0.12),
                column(texts.get("sale.column.amount"), LineRow::amount, 0.15)));
        cart.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cart.setFocusTraversable(false);
        cart.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!syncingSelection) {
                model.select(now.intValue());
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showSelection(now.intValue()));
        model.lines().addListener((javafx.collections.ListChangeListener<LineRow>) c -> {
            showSelection(model.selectedProperty().get());
            mx.michangarrito.pos.ui.UiTrace.line("sale lines=" + model.lines().size());
            if (!model.lines().isEmpty()) {
                printer.closePreview(); // the next sale started: the last ticket's picture goes away
            }
        });

        VBox centre = new VBox(8, search, results, cart);
        if (quickKeys != null) {
            centre.getChildren().add(2, quickKeys.build());
        }
        centre.setPadding(new Insets(10));
        VBox.setVgrow(cart, Priority.ALWAYS);
        return centre;
    }

    private TableColumn<LineRow, String> column(String title, Function<LineRow, String> value, double share) {
        TableColumn<LineRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setSortable(false);
        col.setReorderable(false);
        col.prefWidthProperty().bind(cart.widthProperty().multiply(share));
        if (share < 0.3) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return share < 0.3 ? col : Columns.wholeInTooltip(col); // a long name: whole in the tooltip
    }

    private void showSelection(int index) {
        syncingSelection = true;
        try {
            if (index < 0) {
                cart.getSelectionModel().clearSelection();
            } else if (index < cart.getItems().size()) {
                cart.getSelectionModel().clearAndSelect(index);
                cart.scrollTo(index);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private VBox totalPanel() {
        Label caption = Widgets.label(texts.get("sale.total"), "total-caption");
        Label total = Widgets.label("", "total");
        total.setId("total");
        total.textProperty().bind(model.totalProperty());
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = Widgets.label("", "total-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("sale-message");
        message.setStyle("-fx-text-fill: white;");
        model.messageIsErrorProperty().addListener((obs, was, now) -> message.setStyle(now
                ? "-fx-text-fill: #ffb4b4; -fx-font-weight: bold;" : "-fx-text-fill: white;"));
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Button pay = Widgets.key("F12", texts.get("key.pay"), this::pay);
        pay.getStyleClass().add("pay-key");
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setMinHeight(72);
        VBox panel = new VBox(caption, total, summary, gap, message, pay);
        panel.getStyleClass().add("total-panel");
        panel.setPrefWidth(380);
        return panel;
    }

    private FlowPane keyBar() {
        FlowPane bar = new FlowPane(
                Widgets.key("F1", texts.get("key.search"), this::focusSearch),
                Widgets.key("F2", texts.get("key.quantity"), prompts::askQuantity),
                Widgets.key("F3", texts.get("key.line-discount"), prompts::askLineDiscount),
                Widgets.key("F4", texts.get("key.ticket-discount"), prompts::askTicketDiscount),
                Widgets.key("F5", texts.get("key.park"), prompts::askPark),
                Widgets.key("F6", texts.get("key.resume"), this::showParked),
                Widgets.key("F7", texts.get("key.cash"), this::cashMove),
                Widgets.key("F8", texts.get("key.corte"), corte),
                Widgets.key(texts.get("key.delete.key"), texts.get("key.delete"), model::deleteSelected),
                Widgets.key("F9", texts.get("key.cancel"), model::cancelSale),
                Widgets.key("F10", texts.get("key.logout"), logout),
                Widgets.key("F11", texts.get("key.backoffice"), backOffice),
                Widgets.key("Ctrl+P", texts.get("key.reprint"), printer::reprint));
        if (quickKeys != null) {
            bar.getChildren().add(quickKeys.keyButton());
        }
        bar.getStyleClass().add("key-bar");
        return bar;
    }

    private void keyPressed(KeyEvent e) {
        if (quickKeys != null && quickKeys.handle(e)) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case F1 -> this::focusSearch;
            case F2 -> prompts::askQuantity;
            case F3 -> prompts::askLineDiscount;
            case F4 -> prompts::askTicketDiscount;
            case F5 -> prompts::askPark;
            case F6 -> this::showParked;
            case F7 -> this::cashMove;
            case F8 -> corte;
            case F9 -> model::cancelSale;
            case F10 -> logout;
            case F11 -> backOffice;
            case F12 -> this::pay;
            case P -> e.isShortcutDown() ? printer::reprint : null;
            case DELETE -> search.getText().isEmpty() || !search.isFocused() ? model::deleteSelected : null;
            case UP -> () -> move(-1);
            case DOWN -> () -> move(1);
            case ESCAPE -> printer.previewShown() ? printer::closePreview : this::clearSearch;
            case ENTER -> printer.previewShown() && search.getText().isBlank() ? printer::closePreview : null;
            default -> null;
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private void move(int step) {
        searchBox.searchNow();
        if (!model.searchResults().isEmpty()) {
            int next = Math.clamp(results.getSelectionModel().getSelectedIndex() + step, 0,
                    model.searchResults().size() - 1);
            results.getSelectionModel().clearAndSelect(next);
            results.scrollTo(next);
            return;
        }
        int size = model.lines().size();
        if (size > 0) {
            int current = model.selectedProperty().get();
            model.select(Math.clamp(current < 0 ? size - 1 : current + step, 0, size - 1));
        }
    }

    private void searchEnter() {
        searchBox.searchNow();
        String text = search.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        boolean wholeBarcode = !text.contains(" ") && model.isBarcode(text); // a scan rings up as a scan
        if (results.getSelectionModel().getSelectedItem() != null
                || (model.searchResults().size() == 1 && !wholeBarcode)) {
            addSelectedResult();
            return;
        }
        if (!text.contains(" ") && model.scan(text)) {
            search.clear();
            return;
        }
        if (model.searchResults().size() > 1) {
            model.notice(texts.get("sale.error.pick-result"), true);
        }
    }

    private void addSelectedResult() {
        ProductHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null && model.searchResults().size() == 1) {
            hit = model.searchResults().getFirst();
        }
        if (hit != null) {
            search.clear();
            model.addProduct(hit.id());
        }
    }

    /** A code from a scanner (wedge burst or serial), wherever the focus was. */
    public void scanned(String code) {
        if (!shell.hasOverlay()) {
            model.scan(code);
        }
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void clearSearch() {
        search.clear();
        search.requestFocus();
    }

    private void showParked() {
        new ParkedSalesDialog(model, texts, shell, this::focusSearch).show();
    }

    private void cashMove() {
        new CashMovementView(cashMoves.get(), texts, shell).show(done -> {
            if (done != null) {
                model.notice(done, false);
            }
            focusSearch();
        });
    }

    private void pay() {
        if (model.emptyProperty().get()) {
            model.ticketDiscount("");
            return;
        }
        if (model.needsDiscountApproval()) {
            askApproval();
            return;
        }
        PaymentViewModel payment = payments.apply(model.cart());
        new PaymentView(payment, texts, shell, this::focusSearch).show();
    }

    private void askApproval() {
        new DiscountApprovalDialog(model, texts, shell, this::focusSearch, this::pay).show();
    }
}
