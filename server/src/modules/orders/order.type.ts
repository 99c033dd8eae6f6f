import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EstimateSource, TrackingStatus } from '../../engines/order-tracking/order-status.js';

const ORDER_TRACKING_STATUS: { [K in TrackingStatus]: K } = {
  PROCESSING: 'PROCESSING',
  LABEL_CREATED: 'LABEL_CREATED',
  IN_TRANSIT: 'IN_TRANSIT',
  OUT_FOR_DELIVERY: 'OUT_FOR_DELIVERY',
  EXCEPTION: 'EXCEPTION',
  DELIVERED: 'DELIVERED',
  CANCELLED: 'CANCELLED',
};
registerEnumType(ORDER_TRACKING_STATUS, {
  name: 'OrderTrackingStatus',
  description: "Where an order stands, from its carrier scans (they win over the order's row).",
});

const ARRIVAL_ESTIMATE_SOURCE: { [K in EstimateSource]: K } = {
  CARRIER: 'CARRIER',
  PROMISED: 'PROMISED',
  TRANSIT_RULE: 'TRANSIT_RULE',
};
registerEnumType(ARRIVAL_ESTIMATE_SOURCE, {
  name: 'ArrivalEstimateSource',
  description:
    "The carrier's latest estimate, the date promised to the customer, or 7 business days after the order.",
});

@ObjectType({ description: "One carrier scan of an order's parcel." })
export class ShipmentScan {
  @Field() occurredAt!: Date;
  @Field({ description: "LABEL_CREATED, PICKED_UP, ..., DELIVERED, or the source's own code." })
  status!: string;
  @Field() location!: string;
  @Field() description!: string;
  @Field(() => Date, { nullable: true, description: "The carrier's estimate as of this scan." })
  estimatedDeliveryAt!: Date | null;
}

@ObjectType({ description: "A customer's order with where its parcel is and whether it is late." })
export class Order {
  @Field({ description: 'As printed for the customer, e.g. JL-1042.' }) number!: string;
  @Field(() => ORDER_TRACKING_STATUS) status!: TrackingStatus;
  @Field() customerEmail!: string;
  @Field(() => GraphQLSafeInt, { description: 'In cents.' }) totalCents!: number;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => String, { nullable: true }) trackingNumber!: string | null;
  @Field() placedAt!: Date;
  @Field(() => Date, { nullable: true }) promisedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: "The promised date on the shop's calendar (YYYY-MM-DD, in timeZone).",
  })
  promisedOn!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Null once delivered or cancelled, or when no estimate is still ahead.',
  })
  estimatedArrival!: Date | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in timeZone.' })
  estimatedOn!: string | null;
  @Field(() => ARRIVAL_ESTIMATE_SOURCE, { nullable: true })
  estimateSource!: EstimateSource | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field({
    description: 'Undelivered past the promised date, or expected by the carrier after it.',
  })
  delayed!: boolean;
  @Field(() => Int, {
    description: 'Calendar days between the promised date and the later of today and the estimate.',
  })
  daysLate!: number;
  @Field({ description: "The shop's time zone, in which the dates above are calendar dates." })
  timeZone!: string;
  @Field(() => ShipmentScan, { nullable: true }) lastEvent!: ShipmentScan | null;
  @Field(() => [ShipmentScan], { description: 'Oldest first.' }) events!: ShipmentScan[];
  @Field({ description: 'Where the scans came from: shop_events, or a carrier API (ups_api).' })
  trackingSource!: string;
  @Field(() => String, {
    nullable: true,
    description: "Why the scans are the shop's own although the carrier's API was asked.",
  })
  trackingNote!: string | null;
}
