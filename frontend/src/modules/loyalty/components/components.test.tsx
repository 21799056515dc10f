import { describe, expect, it, vi } from "vitest";
import { renderAs, textOf } from "@/test/render";
import { card, program, reward } from "../fixtures";
import { AdjustPointsForm } from "./AdjustPointsForm";
import { CardLedger } from "./CardLedger";
import { CounterRedeem } from "./CounterRedeem";
import { LoyaltyCardsPanel } from "./LoyaltyCardsPanel";
import { ProgramForm } from "./ProgramForm";
import { ProgramSettings } from "./ProgramSettings";
import { ProgramsList } from "./ProgramsList";
import { RewardForm } from "./RewardForm";
import { RewardsCatalogue } from "./RewardsCatalogue";

// First paint of each loyalty component, per role: what is shown, what is offered, what is hidden.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const programsPage = (nodes = [program(), program({ id: "p2", name: "Sellos Tarde", kind: "STAMPS", pointsPerVisit: 1, pointsPerCurrencyUnit: "0", stampsPerReward: 8, expiryDays: null, rewards: [] })]) => ({
  loyaltyPrograms: { pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) },
});

describe("ProgramsList", () => {
  it("lists each program with its kind, rules in words, state and active rewards; Admins may create", () => {
    const html = renderAs("ADMIN", <ProgramsList initial={programsPage()} />);
    const text = textOf(html);
    expect(html.match(/data-testid="program-row"/g)).toHaveLength(2);
    expect(text).toContain("Puntos Café Programa principal Puntos 10 puntos por visita");
    expect(text).toContain("Vencen tras 365 días sin actividad");
    expect(text).toContain("2 premios");
    expect(text).toContain("Sellos Tarde Sellos 1 sellos por visita Tarjeta llena con 8 sellos No vencen");
    expect(html).toContain('data-testid="new-program"');
    expect(html).toContain('href="/loyalty/11111111-1111-4111-8111-111111111111"');
    expect(html).not.toContain("loyalty-read-only");
  });

  it("is read-only for Staff and Analysts", () => {
    for (const role of ["STAFF", "ANALYST"] as const) {
      const html = renderAs(role, <ProgramsList initial={programsPage()} />);
      expect(html).not.toContain('data-testid="new-program"');
      expect(textOf(html)).toContain("Solo los administradores pueden cambiar los programas y el catálogo.");
    }
  });

  it("invites an Admin to create the first program", () => {
    expect(textOf(renderAs("ADMIN", <ProgramsList initial={programsPage([])} />))).toContain("Crea uno para que tus clientes");
    expect(textOf(renderAs("STAFF", <ProgramsList initial={programsPage([])} />))).toContain("Aún no hay programas de fidelización.");
  });
});

describe("ProgramForm", () => {
  it("asks for a new program's kind and a points program's rate in the business's currency", () => {
    const html = renderAs("ADMIN", <ProgramForm program={null} onSaved={() => undefined} />);
    expect(html).toContain('id="program-kind"');
    expect(textOf(html)).toContain("Puntos por unidad de COP gastada");
    expect(html).not.toContain('id="program-stampsPerReward"');
    expect(textOf(html)).toContain("Crear programa");
  });

  it("fixes the kind when editing and explains that earned points keep their expiry rule", () => {
    const html = renderAs("ADMIN", <ProgramForm program={program()} onSaved={() => undefined} />);
    expect(html).not.toContain('id="program-kind"');
    expect(html).toContain('value="0.001"');
    expect(html).toContain('value="365"');
    expect(textOf(html)).toContain("Los puntos ya ganados conservan la regla de vencimiento con la que se ganaron");
  });
});

describe("ProgramSettings and RewardsCatalogue", () => {
  it("gives an Admin the rules form, the state button and the catalogue's actions", () => {
    const html = renderAs("ADMIN", <ProgramSettings initial={program()} />);
    const text = textOf(html);
    expect(html).toContain('data-testid="program-form"');
    expect(text).toContain("Desactivar programa");
    expect(html.match(/data-testid="reward-row"/g)).toHaveLength(3);
    expect(text).toContain("Postre Un café americano 250 puntos Agotado");
    expect(text).toContain("Café gratis Un café americano 100 puntos Ilimitadas");
    expect(html).toContain('aria-label="Retirar Café gratis del catálogo"');
    expect(html).toContain('aria-label="Volver a ofrecer Taza"');
    expect(html).toContain('data-testid="new-reward"');
  });

  it("shows Staff the rules in words and the catalogue without actions", () => {
    const html = renderAs("STAFF", <ProgramSettings initial={program({ active: false })} />);
    expect(html).not.toContain('data-testid="program-form"');
    expect(html).not.toContain("program-toggle-active");
    expect(html).not.toContain('data-testid="new-reward"');
    expect(html).not.toContain("Retirar");
    expect(textOf(html)).toContain("10 puntos por visita");
    expect(textOf(html)).toContain("Inactivo");
  });

  it("says so when the catalogue is empty", () => {
    expect(renderAs("ANALYST", <RewardsCatalogue program={program({ rewards: [] })} onChange={() => undefined} />)).toContain('data-testid="rewards-empty"');
  });
});

describe("RewardForm", () => {
  it("offers a stamps reward's cost as one full card by default", () => {
    const html = renderAs("ADMIN", <RewardForm program={{ id: "p", kind: "STAMPS", stampsPerReward: 8 }} reward={null} onSaved={() => undefined} onCancel={() => undefined} />);
    expect(textOf(html)).toContain("Costo en sellos");
    expect(textOf(html)).toContain("Vacío = una tarjeta llena (8 sellos).");
  });

  it("fills an existing reward, empty stock meaning unlimited", () => {
    const html = renderAs("ADMIN", <RewardForm program={{ id: "p", kind: "POINTS", stampsPerReward: null }} reward={reward({ stock: null })} onSaved={() => undefined} onCancel={() => undefined} />);
    expect(html).toContain('value="Café gratis"');
    expect(html).toContain('value="100"');
    expect(textOf(html)).toContain("Vacío = ilimitadas.");
    expect(textOf(html)).toContain("Guardar premio");
  });
});

describe("LoyaltyCardsPanel", () => {
  const programs = [{ id: "11111111-1111-4111-8111-111111111111", name: "Puntos Café" }, { id: "p2", name: "Sellos Tarde" }];

  it("shows an Admin the card's balance, code, QR payload, rewards, ledger and the adjustment form", () => {
    const html = renderAs("ADMIN", <LoyaltyCardsPanel customerId="c" initialCards={[card()]} programs={programs} />);
    const text = textOf(html);
    expect(text).toContain("Saldo 120 puntos");
    expect(text).toContain("RT7K3F9Q2M");
    expect(html).toContain(">radar:card:RT7K3F9Q2M<");
    expect(html).toMatch(/<svg role="img" aria-label="Código QR de la tarjeta"[^>]*data-modules="25"/);
    expect(text).toContain("Café gratis · 100 puntos");
    expect(html).toContain('data-testid="adjust-form"');
    expect(html).toContain('data-testid="card-ledger"');
    // A card for the program the customer lacks.
    expect(text).toContain("Crear tarjeta en Sellos Tarde");
  });

  it("lets Staff issue a card but not adjust; Analysts only read", () => {
    const staff = renderAs("STAFF", <LoyaltyCardsPanel customerId="c" initialCards={[]} programs={programs} />);
    expect(staff).not.toContain('data-testid="adjust-form"');
    expect(staff).toContain('id="issue-program"');
    expect(textOf(staff)).toContain("El cliente aún no tiene tarjeta");
    const analyst = renderAs("ANALYST", <LoyaltyCardsPanel customerId="c" initialCards={[card({ availableRewards: [] })]} programs={programs} />);
    expect(analyst).not.toContain('data-testid="adjust-form"');
    expect(analyst).not.toContain('data-testid="issue-card"');
    expect(textOf(analyst)).toContain("Todavía no alcanza para ningún premio.");
  });

  it("renders the adjustment's fields per card (ids do not collide between cards)", () => {
    const html = renderAs("ADMIN", <AdjustPointsForm card={card()} onAdjusted={() => undefined} />);
    expect(html).toContain(`id="adjust-${card().id}-delta"`);
    expect(html).toContain(`id="adjust-${card().id}-reason"`);
    expect(textOf(html)).toContain("Aplicar ajuste");
  });

  it("loads the ledger on the client (the first paint waits for it)", () => {
    const html = renderAs("ADMIN", <CardLedger cardId="x" version={0} meId="u" actorNames={new Map()} />);
    expect(html).toContain('data-loaded="false"');
    expect(textOf(html)).toContain("Movimientos");
  });
});

describe("CounterRedeem", () => {
  it("looks the card up on the client before offering rewards", () => {
    const html = renderAs("STAFF", <CounterRedeem target={{ kind: "card", code: "RT7K3F9Q2M" }} locationId="l" />);
    expect(html).toContain('data-testid="redeem-loading"');
  });
});
