import type { DemoApplicationSpec, DemoFleetCatalog, DemoInstanceSpec, DemoRuleSpec } from './fleet-model.ts';

/**
 * "Shop", the demo fleet: eight applications in a believable call graph
 *   gateway → order-service → payment-service / inventory-service / user-service / pricing-service
 *   → audit-service, notification-service
 * mixing Dubbo 2.7 interface registrations (explicit weight=100), Dubbo 3.2/3.3 `register-mode=all`
 * and one 3.3 application that registers application-level instances only. Every instance has its own IP
 * (10.10.<app>.<11..>); a few rules are already in place: a YAML weight, a legacy 2.6 disable override,
 * a gray tag rule and an application-scope consumer timeout.
 */

function hosts(subnet: number, count: number, special: Readonly<Record<number, Omit<DemoInstanceSpec, 'host'>>> = {}): DemoInstanceSpec[] {
  return Array.from({ length: count }, (_, i) => ({ host: `10.10.${subnet}.${11 + i}`, ...special[11 + i] }));
}

const ORDER = 'com.shop.order.OrderService:1.0.0';
const ORDER_QUERY = 'com.shop.order.OrderQueryService';
const CART = 'com.shop.order.CartService';
const PAYMENT = 'payments/com.shop.payment.PaymentService:2.0.0';
const INVENTORY = 'com.shop.inventory.InventoryService';
const RESERVATION = 'com.shop.inventory.StockReservationService:1.1.0';
const USER = 'com.shop.user.UserService:1.0.0';
const ADDRESS = 'com.shop.user.AddressService:1.0.0';
const AUTH = 'com.shop.user.AuthService';
const SESSION = 'com.shop.user.SessionService';
const NOTIFICATION = 'com.shop.notify.NotificationService';
const EMAIL = 'com.shop.notify.EmailService';
const SMS = 'com.shop.notify.SmsService';
const PRICING = 'com.shop.pricing.PricingService:1.0.0';
const PROMOTION = 'promo/com.shop.pricing.PromotionService:1.0.0';
const TAX = 'com.shop.pricing.TaxService';
const AUDIT = 'com.shop.audit.AuditService';

const applications: readonly DemoApplicationSpec[] = [
  {
    name: 'gateway',
    release: '3.3.1',
    protocol: 'tri',
    port: 0,
    registerMode: 'all',
    provides: [],
    consumes: [ORDER, ORDER_QUERY, CART, USER, AUTH, SESSION, PRICING, PROMOTION],
    instances: hosts(0, 4, { 14: { consumerTag: 'gray' } }),
  },
  {
    name: 'order-service',
    release: '3.2.10',
    protocol: 'dubbo',
    port: 20880,
    registerMode: 'all',
    provides: [
      { interface: 'com.shop.order.OrderService', version: '1.0.0', methods: ['placeOrder', 'cancelOrder', 'getOrder'] },
      { interface: 'com.shop.order.OrderQueryService', methods: ['listOrders', 'countOrders'] },
      { interface: 'com.shop.order.CartService', methods: ['addItem', 'removeItem', 'getCart'] },
      { interface: 'com.shop.order.OrderEventService', methods: ['subscribe'] },
    ],
    consumes: [PAYMENT, INVENTORY, RESERVATION, USER, ADDRESS, PRICING, TAX, NOTIFICATION, SMS],
    instances: hosts(1, 8),
  },
  {
    name: 'payment-service',
    release: '2.7.23',
    protocol: 'dubbo',
    port: 20881,
    registerMode: 'interface',
    weight: 100,
    provides: [
      { interface: 'com.shop.payment.PaymentService', group: 'payments', version: '2.0.0', methods: ['pay', 'query', 'close'] },
      { interface: 'com.shop.payment.PaymentService', group: 'payments', version: '1.0.0', methods: ['pay', 'query'] },
      { interface: 'com.shop.payment.RefundService', group: 'payments', version: '1.0.0', methods: ['refund', 'status'] },
    ],
    consumes: [AUDIT],
    instances: hosts(2, 6),
  },
  {
    name: 'inventory-service',
    release: '3.3.1',
    protocol: 'tri',
    port: 50051,
    registerMode: 'all',
    provides: [
      { interface: 'com.shop.inventory.InventoryService', methods: ['checkStock', 'adjust'] },
      { interface: 'com.shop.inventory.StockReservationService', version: '1.1.0', methods: ['reserve', 'release', 'confirm'] },
      { interface: 'com.shop.inventory.WarehouseService', methods: ['listWarehouses', 'transfer'] },
    ],
    consumes: [AUDIT, NOTIFICATION, EMAIL],
    instances: hosts(3, 7, { 13: { weight: 200 } }),
  },
  {
    name: 'user-service',
    release: '2.7.8',
    protocol: 'dubbo',
    port: 20880,
    registerMode: 'interface',
    weight: 100,
    provides: [
      { interface: 'com.shop.user.UserService', version: '1.0.0', methods: ['getUser', 'updateUser', 'findByEmail'] },
      { interface: 'com.shop.user.AddressService', version: '1.0.0', methods: ['listAddresses', 'addAddress'] },
      { interface: 'com.shop.user.AuthService', methods: ['login', 'logout', 'verifyToken'] },
      { interface: 'com.shop.user.SessionService', methods: ['open', 'touch', 'close'] },
    ],
    consumes: [AUDIT],
    instances: hosts(4, 6),
  },
  {
    name: 'notification-service',
    release: '3.3.1',
    protocol: 'tri',
    port: 50052,
    registerMode: 'instance',
    provides: [
      { interface: 'com.shop.notify.NotificationService', methods: ['notify', 'broadcast'] },
      { interface: 'com.shop.notify.EmailService', methods: ['send'] },
      { interface: 'com.shop.notify.SmsService', methods: ['send'] },
    ],
    consumes: [USER],
    instances: hosts(5, 5),
  },
  {
    name: 'pricing-service',
    release: '3.2.14',
    protocol: 'dubbo',
    port: 20882,
    registerMode: 'all',
    weight: 100,
    provides: [
      { interface: 'com.shop.pricing.PricingService', version: '1.0.0', methods: ['quote', 'quoteBatch'] },
      { interface: 'com.shop.pricing.PromotionService', group: 'promo', version: '1.0.0', methods: ['applicable', 'apply'] },
      { interface: 'com.shop.pricing.TaxService', methods: ['taxFor'] },
    ],
    consumes: [INVENTORY],
    instances: hosts(6, 6, { 16: { providerTag: 'gray' } }),
  },
  {
    name: 'audit-service',
    release: '2.7.15',
    protocol: 'dubbo',
    port: 20883,
    registerMode: 'interface',
    weight: 100,
    provides: [
      { interface: 'com.shop.audit.AuditService', methods: ['record', 'recordBatch'] },
      { interface: 'com.shop.audit.AuditQueryService', methods: ['search'] },
      { interface: 'com.shop.audit.ComplianceReportService', methods: ['generate'] },
    ],
    consumes: [],
    instances: hosts(7, 4),
  },
];

const rules: readonly DemoRuleSpec[] = [
  {
    kind: 'config-center',
    node: 'com.shop.user.UserService:1.0.0:.configurators',
    text: `configVersion: v2.7
scope: service
key: com.shop.user.UserService:1.0.0
enabled: true
configs:
  - side: provider
    addresses: ["10.10.4.11:20880"]
    parameters:
      weight: 300
`,
  },
  {
    kind: 'legacy-override',
    interface: 'com.shop.payment.PaymentService',
    url:
      'override://10.10.2.16:20881/com.shop.payment.PaymentService?category=configurators&disabled=true' +
      '&dynamic=false&enabled=true&group=payments&version=2.0.0',
  },
  {
    kind: 'config-center',
    node: 'order-service.tag-router',
    text: `configVersion: v3.0
force: false
runtime: true
enabled: true
priority: 1
key: order-service
tags:
  - name: gray
    addresses: ["10.10.1.18:20880"]
`,
  },
  {
    kind: 'config-center',
    node: 'gateway.configurators',
    text: `configVersion: v2.7
scope: application
key: gateway
enabled: true
configs:
  - side: consumer
    addresses: ["0.0.0.0"]
    parameters:
      timeout: 3000
`,
  },
];

export const SHOP_FLEET: DemoFleetCatalog = { applications, rules };
