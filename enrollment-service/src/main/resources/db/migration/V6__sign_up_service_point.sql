-- TraineeSignedUpEvent revision 2 names the service point whose staff took the sign-up (null: the worker signed up
-- by themselves). Sign-ups stored before it have none.
ALTER TABLE sign_up_view ADD COLUMN service_point_id TEXT;
